import type { Report } from './report-model.js'

export const renderJson = (report: Report): string => JSON.stringify(report, null, 2) + '\n'
