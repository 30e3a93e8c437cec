import type { CheckResult, EndpointSpec } from '../model/types.js'
import type { Report } from '../report/report-model.js'
import { reportOf } from '../report/report-of.js'
import { renderHuman } from '../report/human.js'
import { renderJson } from '../report/json.js'
import { runCheckRequest, type CheckRequest } from '../run/check.js'
import { checkRequest, outputChoice, type CheckFlags, type OutputChoice } from './check-options.js'
import { EXIT, type Io } from './io.js'
import { checkOutputPath, writeReport } from './output-writer.js'
import { startProgress } from './progress.js'

export async function checkCommand(io: Io, targetText: string, flags: CheckFlags): Promise<number> {
  const choice = outputChoice(flags)
  if (choice.output) checkOutputPath(choice.output)
  const request = await checkRequest(targetText, flags, io)
  const report = await runAndReport(io, request, choice)
  return exitCodeOf(report, choice)
}

export async function runAndReport(io: Io, request: CheckRequest, choice: OutputChoice): Promise<Report> {
  const progress = await startProgress(io, choice)
  let result: CheckResult
  try {
    result = await runCheckRequest(request, {
      onPlanned: (endpoints: EndpointSpec[]) => progress.planned(endpoints),
      onEndpointDone: (e) => progress.done(e),
    })
  } finally {
    progress.stop()
  }
  const report = reportOf(result, choice.lang)
  const text = await {
    json: () => renderJson(report),
    // The HTML report is for the few who ask: its code loads then.
    html: async () => (await import('../report/html.js')).renderHtmlDocument(report),
    human: () => renderHuman(report, { color: colorWanted(io, choice), trace: choice.trace }),
  }[choice.format]()
  writeReport(io, choice.output, text)
  return report
}

export function exitCodeOf(report: Report, choice: Pick<OutputChoice, 'strict'>): number {
  // A requested service with no way in fails the check even where no single finding is an error.
  if (!report.summary.ok) return EXIT.problem
  if (choice.strict && report.summary.warnings > 0) return EXIT.problem
  return EXIT.ok
}

const colorWanted = (io: Io, choice: OutputChoice) =>
  io.stdoutIsTTY && !choice.output && !('NO_COLOR' in io.env) && choice.format === 'human'
