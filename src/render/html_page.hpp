#pragma once
// The HTML format's common ground: escaping, the page around the sections, how a status looks,
// numbers for SVG.

#include <cstddef>
#include <netgap/model/report.hpp>
#include <string>
#include <string_view>

namespace netgap {

/// Text safe in HTML elements and quoted attributes: & < > " ' become references; C0 and C1
/// controls, DEL, bidi controls and U+FFFE/U+FFFF become visible `\u001b` escapes; bytes that
/// are not UTF-8 become U+FFFD. (Issue #11 adds a shared sanitiser to util/text; this one also
/// escapes HTML.)
std::string html_escape(std::string_view text);

/// How a status is shown: its word and the CSS class that colours it. The one place to extend
/// when Status grows.
struct StatusLook {
  std::string_view word;
  std::string_view css;
};
StatusLook status_look(Status status);

/// `<span class="status s-missing">missing</span>`: the status in words and colour.
std::string status_badge(Status status);

/// A whole self-contained document: no script, no fetch (a Content-Security-Policy says so too).
std::string html_page(std::string_view title, std::string_view body);

/// A coordinate or size for SVG: one decimal, no "-0.0".
std::string svg_number(double value);

/// The CSS class of the colour of a group by its index (Okabe–Ito, cycling).
std::string group_class(std::size_t group);

}  // namespace netgap
