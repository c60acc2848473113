// The JUnit format: XML that CI systems show as test results, one test case per network type.
#include <fmt/format.h>
#include <netgap/render/render.hpp>

namespace netgap {

std::string xml_escape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 forbids the C0 controls but tab, LF and CR, and U+FFFE and U+FFFF (EF BF BE/BF).
        if (c == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
            (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
          i += 2;
        } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string render_junit(const Report& report, const RenderOptions& options) {
  std::size_t failures = 0;
  std::string cases;
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      cases += fmt::format("    <testcase classname=\"netgap.{}\" name=\"{}\">", kind_name(c.kind), xml_escape(c.id));
      if (c.status == Status::unassessable) {
        cases += fmt::format("<skipped message=\"{}\"/>", xml_escape(unassessable_note(c)));
      } else if (c.status != Status::covered) {
        ++failures;
        std::string body;
        for (const auto& r : report.recommendations) {
          if (r.id != c.id) continue;
          body = r.reason + "\nHow to build it:";
          for (const auto& a : r.actions) body += "\n- " + a.text;
        }
        cases += fmt::format(
            "\n      <failure type=\"{}\" message=\"{}: {} of {:g} active, coverage {:.0f}%\">{}</failure>\n    ",
            status_name(c.status), xml_escape(c.name), c.active, c.target, c.coverage * 100, xml_escape(body));
      }
      cases += "</testcase>\n";
    }
  }
  const std::size_t tests = report.categories.size() + report.lenses.size();
  std::string properties = fmt::format("      <property name=\"score\" value=\"{:.1f}\"/>\n", report.score);
  for (const auto& failure : options.gate_failures) {
    properties += fmt::format("      <property name=\"gate-failure\" value=\"{}\"/>\n", xml_escape(failure));
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"netgap\" tests=\"{0}\" failures=\"{1}\">\n"
      "  <testsuite name=\"netgap audit {2}\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" timestamp=\"{3}T00:00:00\">\n"
      "    <properties>\n{4}    </properties>\n{5}  </testsuite>\n</testsuites>\n",
      tests, failures, xml_escape(report.source), format_iso(report.as_of), properties, cases);
}

std::string render_diff_junit(const ReportDiff& diff, const RenderOptions&) {
  std::size_t failures = 0;
  std::string cases;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      cases += fmt::format("    <testcase classname=\"netgap.{}\" name=\"{}\">", kind_name(c.kind), xml_escape(c.id));
      // A status that worsened by decay alone fails only when decay counts as a regression.
      if (c.worsened() && (c.cause() == "lost" || diff.decay_regresses)) {
        ++failures;
        cases += fmt::format("\n      <failure type=\"regression\" message=\"{}: {} to {} ({})\"/>\n    ",
                             xml_escape(c.name), status_name(c.status_before), status_name(c.status_after),
                             c.cause() == "lost" ? "fewer contacts" : "decay");
      }
      cases += "</testcase>\n";
    }
  }
  const std::size_t tests = diff.categories.size() + diff.lenses.size();
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"netgap\" tests=\"{0}\" failures=\"{1}\">\n"
      "  <testsuite name=\"netgap diff {2} to {3}\" tests=\"{0}\" failures=\"{1}\" errors=\"0\">\n{4}  </testsuite>\n"
      "</testsuites>\n",
      tests, failures, format_iso(diff.old_as_of), format_iso(diff.new_as_of), cases);
}

}  // namespace netgap
