// Formats for CI systems: GitHub Actions workflow commands and JUnit XML.
#include <fmt/format.h>
#include <netgap/analyse/diff.hpp>
#include <netgap/render/render.hpp>

namespace netgap {
namespace {

std::string escape(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string command(std::string_view kind, std::string_view title, std::string_view message) {
  return fmt::format("::{} title={}::{}\n", kind, github_escape_property(title), github_escape_data(message));
}

std::string type_label(TypeKind kind) { return kind == TypeKind::category ? "category" : "lens"; }

}  // namespace

std::string github_escape_data(std::string_view text) { return escape(text, false); }
std::string github_escape_property(std::string_view text) { return escape(text, true); }

std::string xml_escape(std::string_view text) {
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
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
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += ch;  // XML 1.0 forbids the rest
    }
  }
  return out;
}

std::string render_github(const Report& report, const std::vector<std::string>& gate_failures) {
  std::string out;
  for (const auto& r : report.recommendations) {
    std::string message = fmt::format("{} ({}): {}.", r.name, status_name(r.status), r.reason);
    if (!r.actions.empty()) message += " Next: " + r.actions.front().text;
    out += command("warning", "netgap: " + r.name, message);
  }
  for (const auto& failure : gate_failures) out += command("error", "netgap gate", failure);
  out += fmt::format("::notice title=netgap score::{:.1f}/100 over {} contacts as of {}\n", report.score,
                     report.contacts, format_iso(report.as_of));
  return out;
}

std::string render_junit(const Report& report, const std::vector<std::string>& gate_failures) {
  std::size_t failures = 0;
  std::string cases;
  for (const auto* list : {&report.categories, &report.lenses}) {
    for (const auto& c : *list) {
      cases += fmt::format("    <testcase classname=\"netgap.{}\" name=\"{}\">", type_label(c.kind), xml_escape(c.id));
      if (c.status != Status::covered) {
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
  for (const auto& failure : gate_failures) {
    properties += fmt::format("      <property name=\"gate-failure\" value=\"{}\"/>\n", xml_escape(failure));
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"netgap\" tests=\"{0}\" failures=\"{1}\">\n"
      "  <testsuite name=\"netgap audit {2}\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" timestamp=\"{3}T00:00:00\">\n"
      "    <properties>\n{4}    </properties>\n{5}  </testsuite>\n</testsuites>\n",
      tests, failures, xml_escape(report.source), format_iso(report.as_of), properties, cases);
}

std::string render_diff_github(const ReportDiff& diff, bool gate) {
  std::string out;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      if (c.status_after >= c.status_before) continue;
      out += command("warning", "netgap: " + c.name,
                     fmt::format("{} went from {} to {} ({} to {} active)", c.name, status_name(c.status_before),
                                 status_name(c.status_after), c.active_before, c.active_after));
    }
  }
  if (gate && diff.regressed()) {
    out += command("error", "netgap regression",
                   fmt::format("the network regressed: score {:.1f} to {:.1f}", diff.score_before, diff.score_after));
  }
  out += fmt::format("::notice title=netgap score::{:.1f} to {:.1f} ({} to {})\n", diff.score_before, diff.score_after,
                     format_iso(diff.old_as_of), format_iso(diff.new_as_of));
  return out;
}

std::string render_diff_junit(const ReportDiff& diff) {
  std::size_t failures = 0;
  std::string cases;
  for (const auto* list : {&diff.categories, &diff.lenses}) {
    for (const auto& c : *list) {
      cases += fmt::format("    <testcase classname=\"netgap.{}\" name=\"{}\">", type_label(c.kind), xml_escape(c.id));
      if (c.status_after < c.status_before) {
        ++failures;
        cases += fmt::format("\n      <failure type=\"regression\" message=\"{}: {} to {}\"/>\n    ",
                             xml_escape(c.name), status_name(c.status_before), status_name(c.status_after));
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
