// The honest numbers: the corpus is sourced, split once by id (80% train, 20% held out), and the
// classifier is measured on both through `explain --jsonl`. Rules are written against train only.
import { describe, expect, it } from 'vitest'
import { explainJsonLines } from '../src/report/explain.js'
import { CAUSE_IDS } from '../src/diagnose/cause-ids.js'
import { ALL_RULES } from '../src/diagnose/classify.js'
import { WINDOWS_MAIL, WINSOCK } from '../src/diagnose/rules/code-tables.js'
import { accuracyTable, measure, pct } from './corpus/measure.js'
import { partOf, readCorpus } from './corpus/split.js'

const cases = readCorpus()
const CAUSES: string[] = [...CAUSE_IDS]
const FAMILIES = [
  'client-outlook',
  'client-thunderbird',
  'client-apple',
  'client-mobile',
  'lib-node',
  'lib-python',
  'lib-php',
  'lib-java',
  'lib-dotnet',
  'lib-go',
  'lib-ruby',
  'lib-curl',
  'lib-openssl',
  'server-reply',
  'server-log',
  'lang-zh',
  'lang-fr',
  'lang-de',
  'lang-es',
  'lang-it',
]

describe('the corpus', () => {
  it('has at least 2571 sourced cases, every cause, every family and every language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2571)
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length)
    for (const c of cases) {
      expect(c.source, c.id).toMatch(/\S{6,}/)
      expect(CAUSES, c.id).toContain(c.cause)
    }
    expect(new Set(cases.map((c) => c.cause))).toEqual(new Set(CAUSES))
    expect([...new Set(cases.map((c) => c.family))].sort()).toEqual([...FAMILIES].sort())
    expect([...new Set(cases.map((c) => c.lang))].sort()).toEqual([
      'de',
      'en',
      'es',
      'fr',
      'it',
      'ja',
      'ko',
      'pl',
      'pt',
      'ru',
      'zh',
    ])
  })

  it('is split once, by a hash of the id, about 80/20', () => {
    expect(partOf('dns-nx-nodemailer-typo-host')).toBe(partOf('dns-nx-nodemailer-typo-host'))
    const held = cases.filter((c) => partOf(c.id) === 'heldout').length
    expect(held / cases.length).toBeGreaterThan(0.15)
    expect(held / cases.length).toBeLessThan(0.25)
  })
})

// Rounds 5 (src14e-) to 10 (src14j-) added cases from sources no earlier round had read, and rounds 12 (thr12-),
// 15 (thr15-), 16 (thr16-), 21, 25, 27 and 29-38 (thr2x-, thr3x-) errors users pasted in public threads; their
// held-out parts are the nearest thing to the unseen sets. Their share of cases a rule misses is not hidden in one
// number.
const LATER_ROUNDS = /^(src14[efghij]|thr1[256]|thr2[1579]|thr[3-9]\d|thr1\d\d)-/
// Families under the 95% (10+ held-out cases), at their measured values after rounds 11-14 (session of
// 2026-12-02): server-reply 151/165 (141/158 after round 10), lib-dotnet 39/42, client-thunderbird 25/27 (26/27
// before round 13b, whose source readings of Thunderbird's POP3 STLS message and NeoMutt's STARTTLS message
// disagree with earlier labels; held-out labels were left as written), and three families that round 12's thread
// cases brought in before any rule was written from them: lib-php 16/17 (14/17 then), client-mobile 13/14, lang-zh
// 11/12.
// Round 15's 70 thread cases (thr15-), measured before any rule was written from them, brought server-reply to
// 153/168, client-mobile to 13/15, lang-zh to 11/13 and lang-fr to 28/30. Round 16's 48 (thr16-), measured the
// same way, brought lib-php to 17/21, client-thunderbird to 26/29 and lib-curl to 9/10 (its first 10 held-out).
// Rounds 17-20 moved no held-out case. Round 21's 76 (thr21-): server-reply 153/169, server-log 77/82, lib-php
// 19/23, lib-dotnet 42/45, client-outlook, lib-node 14/15 and lib-openssl 10/11. Round 25's 70 (thr25-): lib-php
// 20/27, client-mobile 13/16, lib-node 16/18, lib-openssl 10/12, server-log 79/85, lib-dotnet 43/46. Rounds 26a-f
// brought client-thunderbird to 27/29; round 27's 51: lib-php 21/30, client-mobile 14/17, lib-openssl 12/14,
// server-log 81/88. Round 30's 30: lib-node 17/20. Round 32's 42: lib-dotnet 43/48, lib-java 9/11, lib-python 33/35,
// lib-ruby 17/18. Round 33's 12: lib-dotnet 44/50. Rounds 34-36's 41: lib-php 25/37, server-reply 154/172. Rounds
// 37-38's 40: lib-java 12/15, lib-python 33/36, lib-dotnet 45/51, server-reply 155/172, server-log 82/90. Rounds
// 39-40's 49: lib-python 33/37, lib-openssl 14/17, lib-java 13/16, server-reply 155/173. Round 41's 17: lib-php
// 26/39, lib-node 23/26. Rounds 43-55's 139 (28 held-out, 15 right before any rule and after): client-mobile 14/19,
// lib-openssl 16/21, lib-php 27/43, server-reply 156/177, server-log 83/92, lib-ruby 21/23; rounds 56-59:
// lib-node 26/31; rounds 60-63: server-reply 156/178, lib-dotnet 47/54, lib-ruby 23/27, lib-java 16/20; rounds
// 64-67: lib-ruby 24/28, lib-openssl 17/22, lib-php 30/45; rounds 68-73 (web pages): client-outlook 15/18,
// client-thunderbird 28/31, lib-python 38/43, lib-openssl 18/23; rounds 83-89: lib-java 17/23 (0/2 new held-out
// JVM cases at first measurement), lib-python 43/49; rounds 90-95: lib-go 34/37 (1 of its 3 new held-out cases
// right), server-reply 156/179, client-thunderbird 28/32, client-mobile 15/21; rounds 96-99: server-reply
// 156/180; rounds 100-106: lib-python 46/53, server-log 84/94 (their one new held-out case each missed); rounds
// 107-112: lib-python 48/56; rounds 113-118 (each family's new held-out cases as first measured): client-thunderbird
// 28/33, lib-curl 9/11, server-reply 161/186; rounds 119-124: lib-openssl 19/25 (its new held-out case missed);
// a refused login at Gmail read as an app password (provider-policy.ts): lib-curl 8/11, one held-out curl "Login
// denied" at Gmail labelled as the password itself (train: 3 such refusals right, none lost; held-out one each way);
// rounds 125-130 (each family's new held-out cases as first measured): server-reply 163/190, lib-go 41/45; rounds
// 131-136: lib-go 41/46; rounds 137-138: lib-node 38/46, server-reply 164/192; rounds 139-146 (slices by how the
// thread ended): client-thunderbird 28/36, client-mobile 15/22, lib-node 39/48, server-reply 165/194; rounds 147-152:
// client-thunderbird 28/37, lib-dotnet 52/60, client-apple 12/13 (its first held-out case missed); rounds 153-158:
// lib-dotnet 53/62, lib-ruby 31/37.
const BELOW_TARGET: Record<string, number> = {
  // 0.85 → 0.847 (thirteenth session): one held-out server reply went wrong when a mail domain as the provider hint
  // and QQ Mail's policy came in (two others went right); counted, not read.
  'server-reply': 0.847,
  'server-log': 0.893,
  'lib-dotnet': 0.854,
  'lib-java': 0.739,
  'lib-python': 0.857,
  'lib-ruby': 0.837,
  'client-thunderbird': 0.756,
  'client-outlook': 0.833,
  'lib-node': 0.812,
  'lib-openssl': 0.76,
  'lib-php': 0.627,
  'lib-curl': 0.727,
  'client-mobile': 0.681,
  'lang-zh': 0.923,
  'lang-fr': 0.933,
  'lib-go': 0.891,
  'client-apple': 0.923,
}

describe('accuracy', () => {
  const m = measure(cases)
  it('reports train, held-out, and held-out per family and language', () => {
    console.log(accuracyTable(m))
    // Floors at the measured values (see README): a rule change that loses ground fails here.
    // Round 10: train 2011/2020 (1900/1908 before); held-out 522/551 (485/512 before): its own held-out cases
    // are 35/39, and the earlier 512 went from 485 to 487 right.
    // Round 12 added 114 train cases from public threads, 77 of them right before any rule was written from them;
    // after rounds 11-14: train 2098/2134 (round 14 wrote rules from the thread cases), held-out 562/591.
    // Round 15 added 70 thread cases, 44 right before any rule (33/54 train, 11/16 held-out): train 2131/2188,
    // held-out 573/607. Round 18's regional rules: 2136/2188 and 574/607. Round 16 added 48 thread cases, 27 right
    // before any rule (21/37 train, 6/11 held-out): train 2157/2225, held-out 580/618. Rounds 17-20: train
    // 2175/2225, held-out unchanged. Round 21 added 76 thread cases, 42 right before any rule (37/66 train, 5/10
    // held-out): train 2212/2291, held-out 585/628. Round 22: train 2214/2291. Round 25 added 70 thread cases, 41 right
    // both with the classifier of the session's start (9b8e1c7) and after the paste unwrapping (paste.ts): train
    // 2247/2346, held-out 593/643. Rounds 26a-f (sources of command-line tools, embedded TLS stacks, KDE, web
    // applications, Apple/Perl/Dart/Rust/Android) and this session's own rules: train 2252, held-out 594. Round 27
    // added 51 thread cases, 28 right both with the session's first classifier and its last (22/42 train, 6/9
    // held-out): train 2274/2388, held-out 600/652. The next session's context rows and rules: 2281/2388 and 601/652;
    // rounds 29 (10 cases, 9 right before any rule) and 30 (30, 22 right; 23 with that session's first classifier):
    // train 2312/2420, held-out 607/660; round 31 (13, 6 right before any rule): 2321/2431 and 608/662. "No shared
    // cipher" read as its usual reason, an obsolete cipher on one side (three threads ended there; four cases written
    // from servers' sources carry the handshake failure it shows, one of them held-out): 2321/2431 and 607/662.
    // Round 32 (42, 24 right before any rule, the same 24 with the session's first classifier): 2341/2462, 612/673.
    // The MAIL FROM rows (envelope-rules.ts) and a storage limit read as the quota: 2343/2462, 613/673; round 33 (12,
    // 7 right before any rule, the same 7 with the session's first classifier): 2347/2470, 616/677. Rounds 34-36 (41
    // thread cases, 29 right before any rule, the same 29 with the session's first classifier): 2374/2503 (94.8%: the
    // first time train is under 95%, the thread cases being a larger share of it), 620/685. Rules written from their
    // train cases: 2382/2503, held-out unchanged. Rounds 37-38 (40 thread cases, 26 right before any rule, with the
    // session's first classifier; the rules written from their train cases moved no other case): 2406/2536, 626/692.
    // Rounds 39-40 (49 thread cases, 35 right before any rule was written from them, the same 35 with the session's
    // first classifier) and the sweeps of PHP's IMAP libraries, vendors' servers and secondary libraries: 2436/2576,
    // 632/701. Round 41 (17 thread cases, 13 right before any rule, the same with the session's first classifier):
    // 2447/2588, 635/706. Round 42 (11 thread cases, 5 right before any rule, the same with the session's first
    // classifier): 2452/2598, 636/707. Rounds 43-55 (139 thread cases in 13 fresh sets, 76 right before any rule with
    // the session's first classifier, 61/111 train and 15/28 held-out): 2513/2709 and 651/735; the rules written
    // from their train cases (moving no earlier case): 2526/2709, held-out unchanged. Rounds 56-59 (47 thread cases
    // in 4 fresh sets, 36 right before any rule, 29/39 train and 7/8 held-out, the same with the session's first
    // classifier) and the rules from their train cases: 2559/2748, 658/743. Rounds 60-63 (28 thread cases, 17 right
    // before any rule, 12/18 train and 5/10 held-out, the same with the session's first classifier) and their rules:
    // 2574/2766, 663/753. Rounds 64-67 (21 thread cases, 13 right before any rule, 10/18 train and 3/3 held-out, the
    // same with the session's first classifier) and their rules: 2587/2784, 667/756 (one held-out thread case of rounds
    // 43-67 moved with rules written from train cases). Rounds 68-73 (25 pastes from web pages, 12 right before any
    // rule, 10/19 train and 2/6 held-out, the same with the session's first classifier): 2597/2803, 669/762; their
    // rules (moving no other case): 2602/2803, 669/762. Rounds 74-79 (39 thread pastes, 27 right before any rule, 21/33
    // train and 6/6 held-out, the same with the session's first classifier): 2623/2836, 675/768; their rules (moving
    // no other case): 2626/2836, 675/768. Rounds 80-81 (23 thread pastes, 16 right before any rule, 11/18 train and
    // 5/5 held-out, the same with the session's first classifier): 2637/2854, 680/773; their rule: 2638/2854; a
    // STARTTLS answered as an unknown command (RFC 5321's 500/502), from round 53's train cases: 2639/2854. Round 82 (4
    // thread pastes, 2 right before any rule, all train): 2641/2858; its rule: 2642/2858. Outlook's dialog read by the
    // order of its fields when its labels are in a language no pattern knows (dialog-order.ts; the issue asks for a
    // dialog in any language, and a held-out Japanese dialog was a known miss): 2642/2858, 681/773. Rounds 83-89 (65
    // thread pastes, 43 right before any rule, 35/52 train and 8/13 held-out, the same with the session's first
    // classifier) and the rules from their train cases and round 80's: 2682/2910, 690/786. Rounds 90-95 (56 thread
    // pastes, 32 right before any rule, 27/45 train and 5/11 held-out, the same with the session's first classifier)
    // and the rules from their train cases: 2712/2955, 695/797. Rounds 96-99 (29 thread pastes, 18 right before any
    // rule, 11/21 train and 7/8 held-out, the same with the session's first classifier) and the rules from their
    // train cases and round 90's: 2726/2976, 702/805; three cases that repeated an earlier round's thread dropped (one
    // train, two held-out, one of them right): 2726/2975, 701/803. The tenth session's rules from sources and earlier
    // train cases: 2730/2975; rounds 100-106 (46 thread pastes, 35 right before any rule, 32/40 train and 3/6
    // held-out, the same with the session's first classifier): 2762/3015, 704/809. Rounds 107-112 (64 thread pastes,
    // 45 right before any rule from them: train 30/45, held-out 15/19; 46 with the session's first classifier) and the
    // rules from their train cases: 2801/3060, 722/828. Rounds 113-118 (52 thread pastes, 30 right before any rule from
    // them, train 22/39 and held-out 8/13, the same with the session's first classifier) and theirs: 2829/3099,
    // 731/841; RFC 5530's code without its brackets, 2830/3099. The eleventh session: a self-signed root in the chain
    // read as the server's own authority unless the server is a public provider's, 2833/3099; rounds 119-124 (32 thread
    // pastes, 20 right before any rule, train 17/28 and held-out 3/4, the same with the session's first classifier)
    // and the rules from their train cases: 2852/3127, 735/845. A refused login at Gmail read as an app password and a
    // Gmail name built on google.com as a wrong name: 2856/3127. Rounds 125-130 (67 thread pastes, 39 right before any
    // rule from them, train 32/56 and held-out 7/11) and the rules from their train cases: 2892/3183, 742/856. Rounds
    // 131-136 (52 thread pastes, 38 right before any rule from them, train 30/40 and held-out 8/12) and the rule from
    // their train cases: 2923/3223, 751/868. Rounds 137-138 (23 thread pastes, 15 right before any rule from them,
    // train 12/17 and held-out 3/6) and nodemailer's "Unexpected socket close": 2936/3240, 754/874; a published name
    // typed with a space inside its quotes read as a name that does not exist: 2937/3240. The twelfth session's rules
    // from earlier train cases: 2941/3240; rounds 139-146 (50 thread pastes, 24 right before any rule from them, train
    // 17/35 and held-out 7/15, the same with the session's first classifier) and the rules from their train cases:
    // 2963/3275, 761/889. Rounds 147-152 (76 thread pastes, 41 right before any rule from them, train 32/62 and
    // held-out 9/14, the same with the session's first classifier) and the rules from their train cases: 3006/3337,
    // 774/903 (4 held-out cases moved from wrong to right, counted, not read; the reading of an OAuth command in the
    // paste as a refused token covers one printed among the hardest misses in the eleventh session's note). Rounds
    // 153-158 (57 thread pastes, 38 right before any rule from them, train 30/46 and held-out 8/11, the same with the
    // session's first classifier) and the rules from their train cases (moving no other case): 3042/3383, 782/914.
    // NSS's version, cipher and record strings in en/it/de/fr/es (nsserrors.properties), read after a held-out
    // Thunderbird case of round 147 showed the English one missing: 3042/3383, 783/914 (that case).
    // Thirteenth session: the sources of what ordinary users see, read by area (iOS Mail, Outlook, Windows, Android,
    // Microsoft accounts, Italian providers, hosts, sending services, mailbox providers), QQ Mail's authorization-code
    // policy and a mail domain given as the provider hint: 3045/3383, 784/914 (held-out: 2 cases right, 1 wrong, 1
    // from one wrong answer to another, counted, not read; the wrong one is a server reply). Rounds 159-162 (30 thread
    // pastes, 19 right before any rule from them, train 12/22 and held-out 7/8, the same with the session's first
    // classifier) and the rules from their train cases: 3059/3405, 791/922.
    expect(m.train.right / m.train.total).toBeGreaterThanOrEqual(0.898)
    expect(m.heldout.right / m.heldout.total).toBeGreaterThanOrEqual(0.857)
    for (const [family, score] of Object.entries(m.heldoutByFamily)) {
      const floor = BELOW_TARGET[family] ?? 0.95
      if (score.total >= 10) expect(score.right / score.total, `${family} ${pct(score)}`).toBeGreaterThanOrEqual(floor)
    }
  })

  it('reads nearly as well from the text alone, as a paste comes without protocol, stage, port or provider', () => {
    // The corpus gives most cases their context; a user's paste (and an unseen set) may carry only the text. Measured
    // after the text's own signs were read (an SMTP status line names SMTP; Yahoo's and Gmail's refusal wordings name
    // them): train 2318/2470, held-out 610/677 (2305 and 608 before); with rounds 34-36, 2343/2503 and 614/685; with
    // rounds 37-38, 2373/2536 and 620/692; with rounds 39-40, 2403/2576 and 624/701; with round 41, 2413/2588 and
    // 627/706; with round 42, 2418/2598 and 628/707; with rounds 43-55 and their rules, 2488/2709 and 643/735; with
    // rounds 56-59 and theirs, 2519/2748 and 650/743; with rounds 60-63 and theirs, 2535/2766 and 655/753; with rounds
    // 64-67 and theirs, 2547/2784 and 659/756; with rounds 68-73 and theirs, 2561/2803 and 661/762;
    // with rounds 74-79 and theirs, 2583/2836 and 666/768; with rounds 80-81 and theirs, 2593/2854 and 671/773;
    // with round 82 and its rule, 2597/2858; with rounds 83-89 and theirs, 2635/2910 and 681/786; with rounds 90-95
    // and theirs, 2664/2955 and 686/797; with rounds 96-99 and theirs, 2676/2976 and 693/805; without the three
    // repeated threads, 2676/2975 and 692/803; with rounds 100-106 and the tenth session's first rules, 2711/3015 and
    // 695/809; with rounds 107-112 and theirs, 2750/3060 and 710/828; with rounds 113-118 and theirs, 2778/3099 and
    // 718/841 (2779/3099 with RFC 5530's bare code); with rounds 119-124 and theirs, 2796/3127 and 722/845; with
    // rounds 125-130 and theirs, 2834/3183 and 728/856; with rounds 131-136 and theirs, 2865/3223 and 737/868; with
    // rounds 137-138 and theirs, 2876/3240 and 740/874; with rounds 139-146 and theirs, 2902/3275 and 747/889; with
    // rounds 147-152 and theirs, 2945/3337 and 760/903; with rounds 153-158 and theirs, 2979/3383 and 768/914; with
    // NSS's strings, 2979/3383 and 769/914; with the thirteenth session's sources and rounds 159-162, 2994/3405 and
    // 776/922.
    const textOnly = measure(
      cases.map(({ id, text, cause, family, lang, source }) => ({ id, text, cause, family, lang, source })),
    )
    expect(textOnly.train.right / textOnly.train.total).toBeGreaterThanOrEqual(0.879)
    expect(textOnly.heldout.right / textOnly.heldout.total).toBeGreaterThanOrEqual(0.84)
  })

  it('loses nothing on the cases of rounds 1-4', () => {
    // The floors measured after the fourth round, on the same cases. Lowered once, for held-out (0.98 → 0.977):
    // round 13b read Thunderbird's POP3 "unable to establish TLS connection" (STLS not offered, Pop3Client.sys.mjs)
    // and NeoMutt's "could not negotiate TLS connection" (a failed STARTTLS) by the code that shows them; five
    // train cases were relabelled from that code, held-out cases were not touched.
    // Train 0.998 → 0.996 and held-out 0.977 → 0.974 when PHPMailer's "Failed to connect to server" came to be read
    // as its usual reason (root-cause-context.ts): two train cases and one held-out case carry the event it shows.
    // Train 0.996 → 0.9958 when a login never offered by a relay on port 25 came to be read as no mechanism (thread
    // cases labelled so): Go's "server doesn't support AUTH" on port 25, written from smtp.go and labelled as a login
    // kept for TLS, keeps its label and is now missed.
    // Train 0.9958 → 0.994 when a self-signed root in the chain came to be read as the server's own authority
    // unless the server is a public provider's (root-cause-context.ts): in the train threads that pasted it, 7 ended
    // in a private authority and 4 in an antivirus; two cases of rounds 1-4 name no server and keep their antivirus.
    const earlier = measure(cases.filter((c) => !LATER_ROUNDS.test(c.id)))
    expect(earlier.train.right / earlier.train.total).toBeGreaterThanOrEqual(0.994)
    expect(earlier.heldout.right / earlier.heldout.total).toBeGreaterThanOrEqual(0.974)
    for (const [family, score] of Object.entries(earlier.heldoutByFamily)) {
      // client-thunderbird's held-out cases of rounds 1-4 are 18/19 since round 13b (see above).
      const floor = family === 'client-thunderbird' ? 0.947 : 0.953
      if (score.total >= 10) expect(score.right / score.total, `${family} ${pct(score)}`).toBeGreaterThanOrEqual(floor)
    }
  })
})

// A round's cases keep what they measured once its rules were written: at least so many cases, train and
// held-out at their floors.
// A round whose cases all fell in train has no held-out floor (null): its held-out part is checked empty.
function expectRound(prefix: string, cases_: number, train: number, heldout: number | null): void {
  const r = measure(cases.filter((c) => c.id.startsWith(prefix)))
  expect(r.train.total + r.heldout.total).toBeGreaterThanOrEqual(cases_)
  expect(r.train.right / r.train.total).toBeGreaterThanOrEqual(train)
  if (heldout === null) expect(r.heldout.total).toBe(0)
  else expect(r.heldout.right / r.heldout.total).toBeGreaterThanOrEqual(heldout)
}

describe('round 6 (server logs, Python, .NET)', () => {
  it('keeps what it measured: unseen before its rules 97/117 train and 12/13 held-out, then 116/117 and 12/13', () => {
    // 115/117 since smtplib's bare "Connection unexpectedly closed", labelled here with the event (tcp_reset), reads as
    // its usual reason in threads, the mode (root-cause-context.ts), the event kept behind it; 114/117 since a
    // server's "no shared cipher" reads as an obsolete cipher on one side.
    expectRound('src14f-', 130, 0.974, 0.923)
  })
})

describe('round 7 (server logs and .NET from their sources, English breadth)', () => {
  it('keeps what it measured: unseen before its rules 143/180 train and 50/68 held-out, then 178/180 and 67/68', () => {
    // Unseen counts per batch, each against the rules as they stood when it was written: the first 191
    // (logs, .NET, curl/Go/Ruby/OpenSSL, NDRs) 113/140 and 38/51; curl/Go/Ruby/OpenSSL 21/25 and 8/10;
    // NeoMutt's English messages 9/15 and 4/7.
    // 177/180 and 66/68 since a server's "no shared cipher" reads as an obsolete cipher on one side
    // (root-cause-context.ts).
    expectRound('src14g-', 248, 0.983, 0.97)
  })
})

describe("round 8 (providers' published error pages and Exchange's NDR codes)", () => {
  it('keeps what it measured: unseen before its rules 40/87 train and 13/26 held-out, then 86/87 and 17/26', () => {
    expectRound('src14h-', 113, 0.988, 0.653)
  })
})

describe("round 9 (servers' reply and log strings, .NET, from complete source tables)", () => {
  it('keeps what it measured: unseen before its rules 103/121 train and 32/42 held-out, then 121/121 and 36/42', () => {
    // 35/42 before Exim's "rejected EHLO" row, written from smtp_in.c after one of its held-out cases was known
    // to carry that line (see README).
    expectRound('src14i-', 163, 1, 0.857)
  })
})

describe('round 10 (relays, Microsoft 365, Exchange, IceWarp, Stalwart, Postfix policies, .NET de/fr/es/it)', () => {
  it('keeps what it measured: unseen 83/100 and 27/34, then 9/12 and 1/5; now 111/112 and 35/39', () => {
    // Unseen counts per batch, each against the rules as they stood when it was written: the first 134 cases
    // (relays, Microsoft 365, Exchange, IceWarp, Stalwart, Postfix policies, .NET) 83/100 train and 27/34
    // held-out; the second 17 (ZeptoMail, a SmarterMail host, Arclab, JetEmail; ids src14j-x-) 9/12 and 1/5.
    // The train miss left is Microsoft's "535 5.7.139 … the user credentials were incorrect", labelled a wrong
    // password from its words; an earlier train case labels the same reply basic authentication switched off.
    expectRound('src14j-', 151, 0.991, 0.897)
  })
})

describe('round 12 (errors users pasted in public threads, labelled by how each thread ended)', () => {
  it('keeps what it measured: 111/154 right before any rule was written from them (77/114, 34/40 held-out)', () => {
    // The same 111 with the classifier of rounds 1-10 and after rounds 11a/11b: those sweeps of server and
    // library sources did not move what people paste (test/corpus/threads.md).
    expectRound('thr12-', 154, 0.675, 0.85)
  })
})

describe('round 15 (70 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 44/70 before any rule was written from them (33/54, 11/16 held-out)', () => {
    // The classifier of the session's start (c30b5a2) read the same 44: rounds 11-14 did not move these pastes.
    expectRound('thr15-', 70, 0.611, 0.6875)
  })
})

describe('round 16 (48 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 27/48 before any rule was written from them (21/37, 6/11 held-out)', () => {
    // The classifier of this session's start (c4c1b7b) read the same 27, and so did it with round 18's
    // regional rules: none of them is about these pastes.
    expectRound('thr16-', 48, 0.567, 0.545)
  })
})

describe('round 21 (76 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 42/76 before any rule was written from them (37/66, 5/10 held-out)', () => {
    // The classifier of the session's start (c4c1b7b) read 41/76: rounds 17-20 moved one fresh paste.
    expectRound('thr21-', 76, 0.56, 0.5)
  })
})

describe('round 25 (70 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 41/70 before any rule was written from them (33/55, 8/15 held-out)', () => {
    // The same 41 with the classifier of the session's start (9b8e1c7) and after the paste unwrapping (paste.ts).
    expectRound('thr25-', 70, 0.6, 0.533)
  })
})

describe('round 27 (51 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 28/51 before any rule was written from them (22/42, 6/9 held-out)', () => {
    // The same 28, answer for answer, with the classifier of the session's start (9b8e1c7) and after rounds 26a-f.
    expectRound('thr27-', 51, 0.523, 0.666)
  })
})

describe('round 29 (10 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 9/10 before any rule was written from them (8/9, 1/1 held-out)', () => {
    // The same 9, answer for answer, with the classifier of the session's start (d73c6b9) and after its first rules.
    expectRound('thr29-', 10, 0.888, 1)
  })
})

describe('round 30 (30 more errors pasted in public threads, collected without reading the rules)', () => {
  it('keeps what it measured: 22/30 with the rules of its day (17/23, 5/7 held-out), 23/30 with the first', () => {
    // The classifier of the session's start (d73c6b9) read 23 (18/23, 5/7): the PHPMailer context row written that
    // session from the train thread cases (8 threads ended in a blocked network, 1 in a refusal) reads one of these,
    // a timeout on a hotspot, as the blocked network.
    expectRound('thr30-', 30, 0.739, 0.714)
  })
})

describe("round 31 (13 more errors pasted in public threads, mostly mail servers' logs)", () => {
  it('keeps what it measured: 6/13 before any rule was written from them (5/11, 1/2 held-out)', () => {
    // The same 6, answer for answer, with the classifier of the session's start (d73c6b9) and its rules of the day.
    expectRound('thr31-', 13, 0.454, 0.5)
  })
})

describe("round 32 (42 more errors pasted in public threads, from other languages' mail libraries and tools)", () => {
  it('keeps what it measured: 24/42 before any rule was written from them (19/31, 5/11 held-out)', () => {
    // The same 24, answer for answer, with the classifier of the session's start (d73c6b9) and its last.
    expectRound('thr32-', 42, 0.612, 0.454)
  })
})

describe('round 33 (12 more errors pasted in public threads, mostly .NET, Java and PHP)', () => {
  it('keeps what it measured: 7/12 before any rule was written from them (4/8, 3/4 held-out)', () => {
    // The same 7, answer for answer, with the classifier of the session's start (84960e8) and with its MAIL FROM rows.
    expectRound('thr33-', 12, 0.5, 0.75)
  })
})

describe('rounds 34-36 (41 more pasted errors: self-hosted apps, mail clients, regional providers)', () => {
  it('keep what they measured before any rule was written from them: 16/20, 9/15 and 4/6', () => {
    // The same answers with the classifier of the session's start (84960e8) and with its rules up to then.
    expectRound('thr34-', 20, 0.8, 0.8)
    expectRound('thr35-', 15, 0.692, 0)
    expectRound('thr36-', 6, 0.8, 0)
  })
})

describe('rounds 37-38 (40 more pasted errors: PHP, .NET and Java apps; self-hosted mail servers, their apps)', () => {
  it('keep what they measured before any rule was written from them: 14/20 and 12/20', () => {
    // With the classifier of the session's start (341a78e): round 37 10/14 train and 4/6 held-out, round 38 11/19 and
    // 1/1. The rules written from their train cases then read round 37's train 13/14.
    expectRound('thr37-', 20, 0.928, 0.666)
    expectRound('thr38-', 20, 0.578, 1)
  })
})

describe('rounds 39-40 (49 more pasted errors: tools that send alerts; mail libraries and their wrappers)', () => {
  it('keep what they measured before any rule was written from them: 23/33 and 12/16', () => {
    // The same answers with the classifier of the session's start (341a78e): round 39 20/28 train and 3/5 held-out,
    // round 40 9/12 and 3/4; mail-send's error variants then read one more of round 40's train cases.
    expectRound('thr39-', 33, 0.714, 0.6)
    expectRound('thr40-', 16, 0.833, 0.75)
  })
})

describe('round 41 (17 more pasted errors: web applications that send mail)', () => {
  it('keeps what it measured before any rule was written from it: 13/17 (10/12 train, 3/5 held-out)', () => {
    // The same answers with the classifier of the session's start (341a78e); musl's "Try again" then read one more
    // train case.
    expectRound('thr41-', 17, 0.833, 0.6)
  })
})

describe('round 42 (11 more pasted errors, most of them not in English)', () => {
  it('keeps what it measured before any rule was written from it: 5/11 (4/10 train, 1/1 held-out)', () => {
    // The same answers with the classifier of the session's start (341a78e); Mail.ru's own wording then read one
    // more train case.
    expectRound('thr42-', 11, 0.5, 1)
  })
})

describe('rules carry their source', () => {
  it('every rule row and every code-table row names a file or a page', () => {
    const missing = ALL_RULES.map((r, i) => ({ i, cause: r.cause, source: r.source })).filter(
      (r) => !/^(https?:\/\/|[\w.-]+\/[\w.-]+:)\S+/.test(r.source ?? ''),
    )
    expect(missing).toEqual([])
    for (const row of [...Object.values(WINSOCK), ...Object.values(WINDOWS_MAIL)])
      expect(row.source).toMatch(/^https?:\/\//)
  })

  it('a group of rows nested in another keeps its own source', () => {
    // JavaMail's and imapflow's STARTTLS rows sit inside CPython's group (transport-rules.ts).
    const sources = new Set(ALL_RULES.map((r) => r.source))
    expect(sources).toContain(
      'eclipse-ee4j/angus-mail:providers/smtp/src/main/java/org/eclipse/angus/mail/smtp/SMTPTransport.java',
    )
    expect(sources).toContain('postalsys/imapflow:lib/imap-flow.js')
  })
})

describe('the Outlook dialog from issue 14', () => {
  const it_ =
    "Impossibile connettersi al server. Account: 'mario@libero.it', Server: 'imapmail.libero.it', " +
    'Protocollo: IMAP, Porta: 993, Protetto (SSL): Sì, Errore socket: 10060, Numero errore: ' +
    '0x800CCC0E'
  const en =
    "Unable to connect to the server. Account: 'mario@libero.it', Server: 'imapmail.libero.it', " +
    'Protocol: IMAP, Port: 993, Secure(SSL): Yes, Socket Error: 10060, Error Number: 0x800CCC0E'
  it('is a timeout, in Italian and in English', () => {
    const out = explainJsonLines([it_, en].map((text, i) => JSON.stringify({ id: String(i), text })).join('\n'))
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).cause),
    ).toEqual(['tcp_timeout', 'tcp_timeout'])
  })
})

describe('explain --jsonl at scale', () => {
  it('answers 20,000 lines in under 5 s, one line each, in order', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => {
      const c = cases[i % cases.length]
      return JSON.stringify({ ...c, id: `${c.id}#${i}` })
    })
    const started = performance.now()
    const out = explainJsonLines(lines.join('\n')).trim().split('\n')
    const ms = performance.now() - started
    console.log(`explain --jsonl: 20000 lines in ${ms.toFixed(0)} ms`)
    expect(out).toHaveLength(20_000)
    expect(JSON.parse(out[19_999]).id).toBe(`${cases[19_999 % cases.length].id}#19999`)
    expect(ms).toBeLessThan(5000)
  })
})

describe('explain on the command line', () => {
  it('names IMAP 993 in the first fix of the Outlook dialog, in Italian and English', async () => {
    const { runCli } = await import('./cli-harness.js')
    const itOut = await runCli([
      'explain',
      "Impossibile connettersi al server. Server: 'imapmail.libero.it', Protocollo: IMAP, Porta: 993, " +
        'Protetto (SSL): Sì, Errore socket: 10060, Numero errore: 0x800CCC0E',
      '--lang',
      'it',
    ])
    expect(itOut.stdout).toMatch(/\[tcp_timeout\]/)
    expect(itOut.stdout).toMatch(
      /1\. Prova IMAP sulla porta 993 .*maildoctor check imapmail\.libero\.it\s+--imap\s+--port 993\s+--security tls/s,
    )
    const enOut = await runCli([
      'explain',
      "Unable to connect to the server. Server: 'imapmail.libero.it', Protocol: IMAP, Port: 993, " +
        'Secure(SSL): Yes, Socket Error: 10060, Error Number: 0x800CCC0E',
      '--lang',
      'en',
    ])
    expect(enOut.stdout).toMatch(/1\. Test IMAP on port 993 /)
  })

  it('when unsure, gives cause null, what it read, and the check that tests those settings', async () => {
    const { runCli } = await import('./cli-harness.js')
    const r = await runCli([
      'explain',
      "Qualcosa non va. Server: 'mail.example.com', Protocol: POP3, Port: 995, Error Number: 0x800CCCFF",
      '--json',
    ])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      cause: null,
      extracted: { host: 'mail.example.com', protocol: 'pop3', port: 995, security: 'tls', errorNumber: '0x800CCCFF' },
      check: 'maildoctor check mail.example.com --pop3 --port 995 --security tls',
    })
    const human = await runCli(['explain', 'blah blah smtp.example.org:587 blah', '--lang', 'en'])
    expect(human.stdout).toContain('maildoctor check smtp.example.org --smtp --port 587')
  })

  it('never prints a stack trace and stays fast on hostile text', async () => {
    const { runCli } = await import('./cli-harness.js')
    const hostile = [
      'a.'.repeat(50_000),
      "(535, b'" + 'a'.repeat(100_000),
      '\u0000\u001b[31m\ud800'.repeat(5000),
      'connection '.repeat(20_000),
    ]
    for (const text of hostile) {
      const started = performance.now()
      const r = await runCli(['explain', text, '--lang', 'en'])
      expect(performance.now() - started).toBeLessThan(1000)
      expect(r.code).toBe(0)
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at \S+ \(/)
    }
    const jsonl = await runCli(['explain', '--jsonl'], {
      stdin: '{"id":1,"text":"x"}\n[1,2]\n{"id":"big","text":"' + 'a.'.repeat(20_000) + '"}\n{bad\n',
    })
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id ?? null)).toEqual([1, null, 'big', null])
    expect(lines[1].error).toBeTruthy()
    expect(lines[3].error).toBeTruthy()
  })
})

// Rounds 43-67 (the seventh session): 25 fresh sets, 235 pasted errors, each measured before any rule was written
// from it, with the session's first classifier (1d7d3f2) and with the rules written from the rounds before it (the
// same answers, set by set): 142/235. Each row: the prefix, the cases, and its train and held-out floors at that first
// measurement (null: the round has no held-out case). Round 50 dropped one of its 21 cases (its text was already a
// case).
const ROUNDS_43_106: Array<[prefix: string, cases: number, train: number, heldout: number | null, measured: string]> = [
  ['thr43-', 8, 0.5, null, 'helpdesks and CRMs: 4/8 train'],
  ['thr44-', 13, 0.454, 0.5, 'devices and appliances: 5/11 train, 1/2 held-out'],
  ['thr45-', 10, 0.5, 0.5, 'mail clients: 4/8, 1/2'],
  ['thr46-', 13, 0.5, 0.8, 'command-line relays and sync tools: 4/8, 4/5'],
  ['thr47-', 12, 0.8, 1, 'transactional-mail services: 8/10, 2/2'],
  ['thr48-', 8, 0.571, 1, 'automation platforms: 4/7, 1/1'],
  ['thr49-', 9, 0.875, 0, 'community software: 7/8, 0/1'],
  ['thr50-', 20, 0.411, 0, 'libraries in less common languages: 7/17, 0/3'],
  ['thr51-', 7, 0.4, 1, 'errors not in English: 2/5, 2/2'],
  ['thr52-', 6, 0.5, 0.25, 'archivers and backups: 1/2, 1/4'],
  ['thr53-', 13, 0.727, 0.5, 'developer SMTP servers: 8/11, 1/2'],
  ['thr54-', 11, 0.5, 0.333, 'webmail: 4/8, 1/3'],
  ['thr55-', 9, 0.375, 1, 'identity and DevOps apps: 3/8, 1/1'],
  ['thr56-', 14, 0.8, 1, 'Python applications: 8/10, 4/4'],
  ['thr57-', 8, 1, 0.5, 'Node.js applications: 6/6, 1/2'],
  ['thr58-', 12, 0.6, 1, 'PHP applications: 6/10, 2/2'],
  ['thr59-', 13, 0.692, null, '.NET, Java and Go applications: 9/13'],
  ['thr60-', 12, 0.75, 0.5, 'Ruby applications: 6/8, 2/4'],
  ['thr61-', 5, 0.25, 0, 'Rust and Elixir applications: 1/4, 0/1'],
  ['thr62-', 6, 1, 0.666, 'JVM applications: 3/3, 2/3'],
  ['thr63-', 5, 0.666, 0.5, 'Windows-side senders: 2/3, 1/2'],
  ['thr64-', 2, 0, null, "makers' hardware: 0/2"],
  ['thr65-', 7, 1, 1, 'Linux daemons that mail alerts: 5/5, 2/2'],
  ['thr66-', 7, 0.333, 1, 'trackers and forums: 2/6, 1/1'],
  ['thr67-', 5, 0.6, null, 'shops and ERPs: 3/5'],
  // Rounds 68-73 (the eighth session): web pages (blogs, Q&A, vendors' help quoting one dialog) rather than GitHub
  // threads, measured the same way with that session's first classifier (5aa1d9c): 12/25. The pages corpus holds few
  // first-person pastes with their fix; the sets are small (1-8 cases), their floors a record rather than a test of
  // much.
  ['thr68-', 2, 0, null, 'Chinese pages: 0/2'],
  ['thr69-', 8, 0.333, 0, 'Japanese pages: 2/6, 0/2'],
  ['thr70-', 1, 1, null, 'Italian pages: 1/1'],
  ['thr71-', 4, 1, null, 'French, Spanish and Portuguese pages: 4/4'],
  ['thr72-', 7, 0.25, 0.666, 'mail-client Q&A and blog pages: 1/4, 2/3'],
  ['thr73-', 3, 1, 0, "developers' pages: 2/2, 0/1"],
  // Rounds 74-79: GitHub threads again, in projects no round had used (the same two classifiers): 27/39.
  ['thr74-', 8, 0.714, 1, 'Node CMSs and shops: 5/7, 1/1'],
  ['thr75-', 6, 0.333, null, 'PHP CMSs and office apps: 2/6'],
  ['thr76-', 5, 1, 1, 'low-code tools and wikis: 4/4, 1/1'],
  ['thr77-', 7, 0.666, 1, 'document and media managers: 4/6, 1/1'],
  ['thr78-', 8, 0.571, 1, 'notification gateways (Watchtower): 4/7, 1/1'],
  ['thr79-', 5, 0.666, 1, 'events and education: 2/3, 2/2'],
  // Rounds 80-81 (the same two classifiers): 16/23.
  ['thr80-', 11, 0.4, 1, 'bridges, gateways and small mail servers: 4/10, 1/1'],
  ['thr81-', 12, 0.875, 1, "Chinese-speaking projects' trackers: 7/8, 4/4"],
  ['thr82-', 4, 0.5, null, 'Home Assistant integrations: 2/4'],
  // Rounds 83-89 (the ninth session), with that session's first classifier (26690b4) and after its first change
  // (Outlook's dialog read by field order; no case of these sets moved with it): 42/64. Three threads that two helpers
  // working at the same time both took (mailsend#91, harbor#13355, email-resource#31) keep their earlier round's case.
  ['thr83-', 7, 0.571, null, 'fediverse and community software: 4/7'],
  ['thr84-', 10, 0.428, 0.666, 'monitoring and alerting: 3/7, 2/3'],
  ['thr85-', 4, 0.75, null, 'NAS, backup and router tools: 3/4'],
  ['thr86-', 6, 0, 0.5, 'Python and R mail libraries: 0/4, 1/2'],
  ['thr87-', 12, 0.9, 0, 'JVM senders: 9/10, 0/2'],
  ['thr88-', 9, 0.888, null, '.NET and PowerShell senders: 8/9'],
  ['thr89-', 16, 0.7, 0.833, 'PHP applications and mailers: 7/10, 5/6'],
  // Rounds 90-95 (the same two classifiers, before any rule from them): 31/54.
  ['thr90-', 16, 0.642, 0.5, 'self-hosted Go applications: 9/14, 1/2'],
  ['thr91-', 9, 0.75, 1, 'Node.js applications and Supabase Auth: 6/8, 1/1'],
  ['thr92-', 9, 0.375, 0, 'Erlang, Elixir, Dart, Crystal, Haskell and Scala mailers: 3/8, 0/1'],
  ['thr93-', 6, 0.333, 0.333, 'mail programs on GitHub (Delta Chat, Geary, TbSync): 1/3, 1/3'],
  ['thr94-', 9, 0.875, 0, 'DevOps and CI notifications: 7/8, 0/1'],
  ['thr95-', 5, 0.25, 1, 'home automation, cameras and IoT: 1/4, 1/1'],
  // Rounds 96-99 (the same two classifiers, before any rule from them): 18/29.
  ['thr96-', 6, 0.75, 1, 'Python web applications: 3/4, 2/2'],
  // Round 97: 3/6 train since a provider hint written as its domain ("gmail.com") reads as the provider its name does
  // (a Gmail IMAP "Invalid credentials" read as an app password, as with the hint "gmail"; labelled a wrong password).
  ['thr97-', 10, 0.5, 1, 'Ruby and Rails applications: 4/6, 4/4'],
  ['thr98-', 7, 0.166, 1, 'Java server applications: 1/6, 1/1'],
  ['thr99-', 6, 0.6, 0, 'Rust mail crates and their applications: 3/5, 0/1'],
  // Rounds 100-106 (the tenth session's first classifier, b01fcb3, and the one with its first rules, 0dfa0b4: the same
  // answers, set by set): 35/46. Round 105 dropped one of its 5 cases (round 101 took the same thread).
  ['thr100-', 4, 0.666, 0, 'AI agents and MCP mail servers: 2/3, 0/1'],
  ['thr101-', 11, 0.8, 1, 'Node.js SaaS and self-hosted apps: 8/10, 1/1'],
  ['thr102-', 9, 0.428, 0.5, 'PHP applications and IMAP libraries: 3/7, 1/2'],
  ['thr103-', 8, 1, 1, 'Python applications: 7/7, 1/1'],
  ['thr104-', 8, 1, 0, 'self-hosted mail servers and webmail: 7/7, 0/1'],
  ['thr105-', 4, 1, null, 'notification libraries and monitoring tools: 4/4 train'],
  ['thr106-', 2, 0.5, null, 'regional providers and non-English trackers: 1/2 train'],
  // Rounds 107-112 (the session's first classifier: 46/64, train 31/45 and held-out 15/19; with the rules written from
  // earlier rounds, before any from these: 45/64, one train case of round 109 read as a relay without login). Rounds
  // 110 and 111 dropped four cases that repeated round 107's and 108's threads or text.
  ['thr107-', 19, 0.6, 0.888, 'Go, Rust and .NET mail libraries: 6/10, 8/9'],
  ['thr108-', 14, 0.615, 1, 'JVM, Ruby and PHP mail libraries: 8/13, 1/1'],
  ['thr109-', 12, 0.714, 0.8, 'JavaScript and Python mail libraries: 5/7, 4/5'],
  ['thr110-', 6, 0.8, 1, 'CMS and site-builder mail: 4/5, 1/1'],
  ['thr111-', 11, 0.75, 0.333, 'newsletters and helpdesks: 6/8, 1/3'],
  ['thr112-', 2, 0.5, null, 'embedded and device senders: 1/2 train'],
  // Rounds 113-118 (the session's first classifier and the one with every rule written before them: the same answers,
  // set by set): 30/52, train 22/39 and held-out 8/13.
  ['thr113-', 10, 0.875, 0.5, 'local mail bridges and gateways (Proton Mail Bridge, DavMail, hydroxide): 7/8, 1/2'],
  ['thr114-', 11, 0.444, 1, 'IMAP backup, archive and sync tools: 4/9, 2/2'],
  ['thr115-', 8, 0.2, 0.666, 'Apple-platform and mobile mail code: 1/5, 2/3'],
  ['thr116-', 6, 0.75, 0.5, 'Ruby on Rails applications: 3/4, 1/2'],
  ['thr117-', 12, 0.4, 0.5, 'Perl and older server software: 4/10, 1/2'],
  ['thr118-', 5, 1, 0.5, 'data, BI and scheduler tools: 3/3, 1/2'],
  // Rounds 119-124 (the eleventh session), measured before any rule was written from them, the same with the
  // session's first classifier (edffa60): 20/32. Each helper spent its 50 look-ups for 3-7 cases: most settled threads
  // in these slices were already used, or settle past what the search tool shows.
  ['thr119-', 5, 0.333, 1, 'security and log-alerting tools: 1/3, 2/2'],
  ['thr120-', 3, 1, 1, 'forms, booking, learning and project tools: 2/2, 1/1'],
  ['thr121-', 7, 0.833, 0, 'terminal mail clients, fetchers and local MTAs: 5/6, 0/1'],
  ['thr122-', 7, 0.571, null, 'appliances, backup and media servers: 4/7'],
  ['thr123-', 5, 0.6, null, 'desktop applications that mail: 3/5'],
  ['thr124-', 5, 0.4, null, 'GitHub threads in Korean and Portuguese: 2/5'],
  // Rounds 125-130 (the same session), sliced by the error's words instead of the kind of project, measured after the
  // session's first rules and before any rule from them: 39/67 (40 with the session's first classifier: a Go
  // resolver's temporary failure for smtp.google.com, read as a wrong name until the resolver case was kept apart).
  ['thr125-', 9, 0.375, 1, 'connections closed around the greeting: 3/8, 1/1'],
  ['thr126-', 13, 0.555, 0.5, 'certificate and TLS failures: 5/9, 2/4'],
  ['thr127-', 6, 0.5, 0.5, 'Microsoft 365 and Exchange: 2/4, 1/2'],
  ['thr128-', 13, 0.583, 1, 'lookups and connections that failed: 7/12, 1/1'],
  ['thr129-', 10, 0.25, 0.5, 'POP3 and IMAP replies: 2/8, 1/2'],
  ['thr130-', 16, 0.866, 1, 'envelope and relay refusals: 13/15, 1/1'],
  // Rounds 131-136 (the same session), sliced by error words and by the kind of program, measured before any rule from
  // them: 38/52, the same with the session's first classifier.
  ['thr131-', 2, 0.5, null, "refused logins at providers other than Gmail's and Microsoft's: 1/2"],
  ['thr132-', 14, 0.888, 0.8, 'STARTTLS and encryption-mode errors: 8/9, 4/5'],
  ['thr133-', 8, 0.75, null, 'PHP mailers and IMAP: 6/8'],
  ['thr134-', 12, 0.9, 1, "Python's smtplib, imaplib and poplib: 9/10, 2/2"],
  ['thr135-', 6, 0.6, 1, 'JVM and .NET exceptions: 3/5, 1/1'],
  ['thr136-', 10, 0.5, 0.25, "mail programs' dialogs: 3/6, 1/4"],
  // Rounds 137-138 (the same session): 15/23 before any rule from them, the same with the session's first classifier.
  ['thr137-', 13, 0.555, 0.5, 'Node.js mail libraries by their error codes: 5/9, 2/4'],
  ['thr138-', 10, 0.875, 0.5, 'Go, Rust, Ruby, Elixir and Perl: 7/8, 1/2'],
  // Twelfth session: slices by how the thread ended (the cause), in the pages and issues corpora. Web pages gave none.
  ['thr139-', 4, 1, 0, 'IMAP or POP switched off at the provider (none kept that ended so): 3/3, 0/1'],
  ['thr140-', 5, 0.333, 0.5, 'an antivirus or local firewall in the way: 1/3, 1/2'],
  ['thr141-', 13, 0.7, 0.333, 'the server down, in maintenance, over quota or suspended: 7/10, 1/3'],
  ['thr142-', 2, 0, 0, 'a wrong host name or port: 0/1, 0/1'],
  ['thr143-', 10, 0.375, 0.5, "certificates in ordinary people's mail programs: 3/8, 1/2"],
  ['thr144-', 4, 0, 0.666, 'refused logins at consumer providers: 0/1, 2/3'],
  ['thr145-', 1, 0, null, 'Italian and Spanish threads: 0/1'],
  ['thr146-', 11, 0.375, 0.666, 'a network that blocks mail on the way out: 3/8, 2/3'],
  ['thr147-', 16, 0.666, 0, 'a TLS version or cipher too old on one side: 10/15, 0/1'],
  ['thr148-', 21, 0.428, 0.714, 'the login mechanism, not the password: 6/14, 5/7'],
  ['thr149-', 13, 0.416, 1, 'name lookups: the resolver or the name: 5/12, 1/1'],
  ['thr150-', 9, 0.428, 1, 'no encryption on offer, or a login kept for it: 3/7, 2/2'],
  ['thr151-', 10, 0.8, null, 'the envelope refused (relay, sender): 8/10'],
  ['thr152-', 7, 0, 0.333, 'OAuth tokens refused: 0/4, 1/3'],
  ['thr153-', 5, 0.5, 1, "a certificate's dates: 2/4, 1/1"],
  ['thr154-', 19, 0.647, 1, 'limits: connections, logins, sending quotas: 11/17, 2/2'],
  ['thr155-', 8, 0.285, 0, "another protocol's port: 2/7, 0/1"],
  ['thr156-', 3, 0.666, null, 'an app password or a sign-in on the web: 2/3'],
  ['thr157-', 5, 0.666, 0.5, 'a connection closed or reset, and why: 2/3, 1/2'],
  ['thr158-', 17, 0.916, 0.8, 'a chain the client did not trust: 11/12, 4/5'],
  // Thirteenth session: slices by the kind of software whose users pasted the error, and threads in other languages.
  // 19/30 before any rule from them, the same with the session's first classifier.
  ['thr159-', 4, 0.666, 1, 'home-lab, monitoring and infrastructure software: 2/3, 1/1'],
  ['thr160-', 10, 0.666, 1, 'business, helpdesk, shop and forum software: 6/9, 1/1'],
  ['thr161-', 5, 0.333, 1, 'threads in other languages (all Chinese): 1/3, 2/2'],
  ['thr162-', 11, 0.428, 0.75, 'developer tools and self-hosted platforms: 3/7, 3/4'],
]

describe('rounds 43-162 (1,022 more pasted errors in 120 fresh sets)', () => {
  it.each(ROUNDS_43_106)('%s keeps what it measured before any rule was written from it (%s cases)', (...row) => {
    const [prefix, cases_, train, heldout] = row
    expectRound(prefix, cases_, train, heldout)
  })
})
