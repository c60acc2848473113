// The HTML format's common ground: escaping, the style sheet and the page around the sections.
#include "render/html_page.hpp"

#include <fmt/format.h>
#include <cmath>
#include <netgap/util/unicode.hpp>

namespace netgap {
namespace {

/// Characters that would act on the page or the reader instead of being read: C0 and C1 controls,
/// DEL, the bidi marks, embeddings, overrides and isolates, and the two XML non-characters.
bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFFFE || cp == 0xFFFF;
}

// Okabe & Ito's palette (2008), distinguishable with every common colour-vision deficiency; the
// statuses also carry their word, so colour is never the only signal.
constexpr std::string_view style_sheet = R"css(:root{color-scheme:light dark;--bg:#fff;--fg:#1c2126;--muted:#5b6670;
--line:#d3d9df;--card:#f4f6f8;--accent:#0072b2;--accent-soft:rgba(0,114,178,.18);
--missing:#d55e00;--weak:#e69f00;--developing:#56b4e9;--covered:#009e73;
--g0:#0072b2;--g1:#e69f00;--g2:#cc79a7;--g3:#009e73;--g4:#56b4e9;--g5:#d55e00;--g6:#f0e442;--g-none:#8c959e}
@media (prefers-color-scheme:dark){:root{--bg:#14181c;--fg:#e4e8ec;--muted:#9ba6b0;--line:#36404a;
--card:#1d2329;--accent:#56b4e9;--accent-soft:rgba(86,180,233,.2);--g0:#3b9be0}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
.page{max-width:1120px;margin:0 auto;padding:20px 16px 40px}
h1{font-size:1.6em;line-height:1.2;margin:0 0 .2em}
h2{font-size:1.25em;margin:0 0 .6em;padding-bottom:.25em;border-bottom:2px solid var(--line)}
h3{font-size:1.02em;margin:0 0 .4em}
p{margin:.3em 0 .8em}
.muted,.note{color:var(--muted)}
.note{font-size:.9em}
header.top{display:flex;flex-wrap:wrap;gap:12px 32px;align-items:center;justify-content:space-between;
padding-bottom:12px;margin-bottom:20px;border-bottom:2px solid var(--line)}
header.top .who{flex:1 1 320px;min-width:0}
.counts{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:.6em 0 0;padding:0}
.counts li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:4px 10px}
.counts b{font-size:1.2em;font-variant-numeric:tabular-nums}
figure{margin:0}
figcaption{font-size:.9em;color:var(--muted);margin-top:4px}
.gauge{flex:0 0 220px;text-align:center}
.gauge svg{width:220px;max-width:100%;height:auto}
section{margin:0 0 28px}
.grid2{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:24px;align-items:start}
.chart svg{display:block;width:100%;height:auto;max-width:640px;margin:0 auto}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:0 0 14px;font-size:.93em}
caption{text-align:left;font-weight:600;padding:4px 0}
caption .muted{font-weight:400}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:middle}
thead th{font-size:.85em;color:var(--muted);font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.cov{display:flex;align-items:center;justify-content:flex-end;gap:8px}
.bar{display:block;flex:1 1 auto;min-width:24px;height:10px;border-radius:5px;background:var(--line);overflow:hidden}
.types{table-layout:fixed}.c-name{width:40%}.c-active{width:15%}.c-cov{width:26%}.c-status{width:19%}
.cov .num{min-width:3em}
tbody th{font-weight:600}
.keyno{display:none;min-width:1.5em;color:var(--muted);font-weight:700}
svg .key{display:none;font-weight:700}
.ego svg{max-width:820px}
.bar>span{display:block;height:100%;border-radius:5px}
.status{display:inline-block;min-width:6.2em;padding:1px 8px;border-radius:999px;font-size:.85em;font-weight:600;
text-align:center;color:#111;white-space:nowrap}
.s-missing{background:var(--missing)}.s-weak{background:var(--weak)}
.s-developing{background:var(--developing)}.s-covered{background:var(--covered)}
.s-unassessable{background:transparent;border:1px dashed var(--muted);color:inherit}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.card h3 .prio{display:inline-block;min-width:1.6em;color:var(--muted)}
.card ul{margin:.2em 0 .6em;padding-left:1.2em}
.card li{margin:.15em 0}
.label{font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;margin:.5em 0 0}
.also{list-style:none;padding-left:0}.also li{margin:.3em 0}.cards+h3{margin-top:18px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;padding:0;margin:.4em 0 .8em;font-size:.9em}
.legend svg{vertical-align:middle}
.swatch{display:inline-block;width:12px;height:12px;border-radius:50%;vertical-align:-1px;margin-right:4px}
.figures{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0;margin:0 0 10px}
.figures li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;flex:1 1 180px}
.figures b{display:block;font-size:1.35em;font-variant-numeric:tabular-nums}
.delta-up{color:var(--covered)}.delta-down{color:var(--missing)}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin:12px 0 18px}
.multiples figure{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px 10px}
.multiples svg{width:100%;height:auto}
footer{margin-top:30px;padding-top:10px;border-top:1px solid var(--line);font-size:.85em;color:var(--muted)}
svg text{fill:var(--fg);font-family:inherit}
svg .t-muted{fill:var(--muted)}
svg .grid{stroke:var(--line);fill:none}
svg .axis{stroke:var(--line)}
svg .target{stroke:var(--fg);stroke-width:1.5;stroke-dasharray:5 4;fill:none;opacity:.7}
svg .now{stroke:var(--accent);stroke-width:2.5;fill:var(--accent-soft)}
svg .now-dot{fill:var(--accent)}
svg .before{stroke:var(--muted);stroke-width:2;stroke-dasharray:3 3;fill:none}
svg .track{stroke:var(--line);fill:none}
svg .value{stroke:var(--accent);fill:none}
svg .line{stroke:var(--accent);stroke-width:2.5;fill:none}
svg .area{fill:var(--accent-soft)}
svg .halo{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
svg .owner{fill:var(--fg)}
svg .owner-text{fill:var(--bg);font-weight:700}
svg .sector-alt{fill:var(--card)}
svg .dot{stroke:var(--bg);stroke-width:1;opacity:.9}
svg .hollow{fill:var(--bg);stroke-width:1.6}
.g0{fill:var(--g0);stroke:var(--g0)}.g1{fill:var(--g1);stroke:var(--g1)}.g2{fill:var(--g2);stroke:var(--g2)}
.g3{fill:var(--g3);stroke:var(--g3)}.g4{fill:var(--g4);stroke:var(--g4)}.g5{fill:var(--g5);stroke:var(--g5)}
.g6{fill:var(--g6);stroke:var(--g6)}.g-none{fill:var(--g-none);stroke:var(--g-none)}
.swatch.g0{background:var(--g0)}.swatch.g1{background:var(--g1)}.swatch.g2{background:var(--g2)}
.swatch.g3{background:var(--g3)}.swatch.g4{background:var(--g4)}.swatch.g5{background:var(--g5)}
.swatch.g6{background:var(--g6)}.swatch.g-none{background:var(--g-none)}
.bar,.status,.swatch,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media (max-width:760px){.grid2{grid-template-columns:minmax(0,1fr)}body{font-size:14px}
.gauge{flex-basis:100%}th,td{padding:4px 5px}.status{min-width:0}}
@media (max-width:560px){svg .lbl{display:none}svg .key{display:inline}.keyno{display:inline-block}
.cov{flex-direction:column-reverse;align-items:flex-end;gap:2px}.bar{width:100%;flex:none}.wide{display:none}.c-name{width:38%}.c-active{width:16%}.c-cov{width:20%}
.c-status{width:26%}
.status{padding:1px 5px}}
@page{margin:14mm 12mm}
@media print{:root{color-scheme:light;--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#f6f6f6;
--accent:#0072b2;--accent-soft:rgba(0,114,178,.18);--g0:#0072b2}
body{font-size:10pt}.page{max-width:none;padding:0}section{margin-bottom:18px}
figure,table,.card,tr,header.top,.figures,.legend{break-inside:avoid;page-break-inside:avoid}
h2,h3,caption{break-after:avoid;page-break-after:avoid}
.grid2{grid-template-columns:minmax(0,1fr)}.chart svg{max-width:115mm;max-height:110mm}
.ego svg{max-width:150mm;max-height:150mm}
.cards{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}.scroll{overflow:visible}}
)css";

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    switch (cp) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&#39;";
        continue;
      default:
        break;
    }
    if (is_control(cp)) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
    } else if (cp == 0xFFFD) {
      out += "\uFFFD";  // also for a byte that starts no UTF-8 sequence
    } else {
      out.append(text, start, i - start);
    }
  }
  return out;
}

StatusLook status_look(Status status) {
  switch (status) {
    case Status::missing:
      return {status_name(status), "s-missing"};
    case Status::weak:
      return {status_name(status), "s-weak"};
    case Status::developing:
      return {status_name(status), "s-developing"};
    case Status::covered:
      return {status_name(status), "s-covered"};
    case Status::unassessable:
      return {"cannot be assessed", "s-unassessable"};
  }
  return {status_name(status), "s-missing"};
}

std::string status_badge(Status status) {
  const StatusLook look = status_look(status);
  return fmt::format("<span class=\"status {}\">{}</span>", look.css, look.word);
}

std::string html_page(std::string_view title, std::string_view body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<meta name=\"color-scheme\" content=\"light dark\"/>\n<title>{}</title>\n<style>\n{}</style>\n</head>\n"
      "<body>\n<div class=\"page\">\n{}</div>\n</body>\n</html>\n",
      html_escape(title), style_sheet, body);
}

std::string svg_number(double value) {
  const double tenths = std::round(value * 10) / 10;
  return fmt::format("{:.1f}", tenths == 0 ? 0.0 : tenths);
}

std::string group_class(std::size_t group) { return "g" + std::to_string(group % 7); }

}  // namespace netgap
