// The style of the one-account HTML report and of the serve page: one sheet, inlined in the
// self-contained file and served as /app.css by `maildoctor serve` (no inline style there: CSP).
export const REPORT_CSS = `
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#f6f7f9}
main{max-width:860px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.4em 0}
h2{font-size:1.15rem;margin:1.2em 0 .4em}
section,form{background:#fff;border:1px solid #dde1e6;border-radius:10px;padding:12px 16px;margin:12px 0}
.verdict p{margin:.3em 0;font-size:1.05rem}
.ok{color:#1e7b34}
.fail{color:#b42318}
.warn{color:#9a6700}
.muted{color:#5f6b7a}
.todo{font-weight:600}
.finding{border-left:4px solid #b42318;padding:4px 12px;margin:10px 0}
.sev-warning{border-color:#d4a72c}
.sev-info{border-color:#8c959f}
.finding h3{font-size:1rem;margin:.2em 0}
code{font-size:.85em;background:#eef1f4;padding:1px 4px;border-radius:4px}
.seen{font-size:.85rem;color:#5f6b7a;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:5px 6px;border-bottom:1px solid #eef1f4;vertical-align:top}
#endpoints td{white-space:nowrap}
.table{overflow-x:auto}
label{display:block;margin:.6em 0 .2em;font-weight:600}
input[type=email],input[type=password],input[type=text],input[type=number],select{
  width:100%;padding:10px;font:inherit;border:1px solid #b8c0cc;border-radius:8px}
fieldset{border:0;padding:0;margin:.6em 0}
.inline label{display:inline-block;font-weight:400;margin-right:1em}
button,.button{display:inline-block;padding:10px 18px;font:inherit;border-radius:8px;border:0;background:#0b5cad;
  color:#fff;
  text-decoration:none;margin:.4em .4em .4em 0;cursor:pointer}
.button.secondary{background:#eef1f4;color:#0b5cad;border:1px solid #b8c0cc}
.row{display:flex;gap:12px;flex-wrap:wrap}
.row>div{flex:1 1 160px}
header{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap}
#live li{margin:.2em 0}
.hint{font-size:.85rem;color:#5f6b7a;margin:.2em 0}
.error{color:#b42318;font-weight:600}
@media (max-width:560px){
  main{padding:8px}
  section,form{padding:10px}
}
`
