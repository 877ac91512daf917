// The dashboard's stylesheet, served as a file of its own so that the Content-Security-Policy can forbid inline
// styles and scripts.
export const DASHBOARD_CSS_PATH = '/dashboard.css';

export const DASHBOARD_CSS = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f6f3;color:#1d1d1b}
header{background:#1d3557;color:#fff;padding:.8rem 1rem}header h1{margin:0;font-size:1.3rem}header p{margin:.2rem 0 0;opacity:.85;font-size:.9rem}
main{max-width:980px;margin:0 auto;padding:1rem}section{background:#fff;border-radius:8px;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px #0002}
h2{margin:.2rem 0 .6rem;font-size:1.15rem}h3{margin:.8rem 0 .3rem;font-size:1rem}
.status{display:inline-block;padding:.1rem .5rem;border-radius:1rem;background:#e9c46a;font-weight:600;font-size:.85rem}
.muted{color:#666;font-size:.85rem}ins{background:#d8f3dc;text-decoration:none}del{background:#ffd6d6}
.update{border-left:3px solid #457b9d;padding:.2rem .8rem;margin:.6rem 0}.diff{font-size:.95rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{text-align:left;padding:.3rem;border-bottom:1px solid #eee;vertical-align:top}
.bad{color:#b00020}.ok{color:#2a7a2a}a{color:#1d4e89}ul{padding-left:1.2rem}
@media (max-width:600px){main{padding:.5rem}section{padding:.7rem}table{font-size:.8rem}}
header a{color:#fff}
.catching-up{display:inline-block;padding:0 .4rem;border-radius:1rem;background:#e9c46a;font-size:.8rem}.failures summary{cursor:pointer}.failure-list{margin:.3rem 0;font-size:.85rem;word-break:break-all}.failure-list li{margin:.2rem 0}
.try-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}.try-form label{display:flex;flex-direction:column;font-size:.85rem;min-width:0}.try-form label:first-child{flex:1 1 100%}.try-form input,.try-form select,.try-form button{font:inherit;padding:.3rem;max-width:100%;box-sizing:border-box}.try-match{margin:.3rem 0;overflow-wrap:anywhere}#try-result{overflow-wrap:anywhere}
`;
