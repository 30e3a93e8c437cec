// Closed-source servers' replies about none of our causes (round srv37, vendor-server-rules.ts): read whole, their
// reply code alone would name a cause. No import from rule.ts (it reads this list), so each row carries its source.

export const VENDOR_SILENT_LINES: Array<{ source: string; text: RegExp }> = [
  // IceWarp's 501 5.7.1 for a message over the server, domain or user size limit: the message, not the account.
  {
    source:
      'https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/' +
      'Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm',
    text: /\b5\.7\.1 Message is too long\b/i,
  },
]
