import { styleText } from 'node:util'

export type Paint = (style: Parameters<typeof styleText>[0], text: string) => string

export const paint = (color: boolean): Paint => (color ? (style, text) => styleText(style, text) : (_style, text) => text)
