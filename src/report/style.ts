// Colours through picocolors rather than util.styleText: styleText arrived in Node 20.12 and the
// package supports Node 20.11 (engines), where importing it crashed every command.
import { createColors } from 'picocolors'

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan'

export type Paint = (style: Style, text: string) => string

export function paint(color: boolean): Paint {
  const colors = createColors(color)
  return (style, text) => colors[style](text)
}
