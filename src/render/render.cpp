#include <netgap/render/render.hpp>

#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>

namespace netgap {

bool OutputFormat::renders(Subject subject) const {
  switch (subject) {
    case Subject::report:
      return report != nullptr;
    case Subject::diff:
      return diff != nullptr;
    case Subject::trend:
      return trend != nullptr;
    case Subject::explanation:
      return explanation != nullptr;
    case Subject::taxonomy:
      return taxonomy != nullptr;
  }
  return false;
}

const std::vector<OutputFormat>& output_formats() {
  static const std::vector<OutputFormat> formats = {
      {"text", "for a terminal, 80 columns", render_text, render_diff_text, render_trend_text, render_explanation_text,
       render_taxonomy_text},
      {"json", "versioned JSON documents (docs/report.schema.json)", render_json, render_diff_json, render_trend_json,
       render_explanation_json, render_taxonomy_json},
      {"markdown", "Markdown tables and lists", render_markdown, render_diff_markdown, nullptr, nullptr,
       render_taxonomy_markdown},
      {"tsv", "tab-separated rows, one per category and lens", render_tsv, render_diff_tsv, nullptr, nullptr, nullptr},
      {"github", "GitHub Actions workflow commands", render_github, render_diff_github, nullptr, nullptr, nullptr},
      {"junit", "JUnit XML for CI test reports", render_junit, render_diff_junit, nullptr, nullptr, nullptr},
      {"html", "one self-contained page with charts", render_html, render_diff_html, render_trend_html, nullptr,
       nullptr},
  };
  return formats;
}

std::vector<std::string> output_format_names(Subject subject) {
  std::vector<std::string> names;
  for (const auto& format : output_formats()) {
    if (format.renders(subject)) names.emplace_back(format.name);
  }
  return names;
}

const OutputFormat& output_format(std::string_view name) {
  std::vector<std::string> names;
  for (const auto& format : output_formats()) {
    if (format.name == name) return format;
    names.emplace_back(format.name);
  }
  throw Error("unknown output format " + quote(name) + did_you_mean(name, names));
}

}  // namespace netgap
