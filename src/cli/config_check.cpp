#include "cli/config_check.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>
#include <netgap/util/text.hpp>

namespace netgap::cli {
namespace {

/// Every name a config key may give an option of `app` by: long, short and positional names.
std::vector<std::string> key_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    if (option == app.get_help_ptr() || option == app.get_help_all_ptr()) continue;
    for (const auto& name : option->get_lnames()) names.push_back(name);
    for (const auto& name : option->get_snames()) names.push_back(name);
    if (option->get_positional()) names.push_back(option->get_name(true, false));
  }
  return names;
}

std::vector<std::string> section_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

std::string unquoted(std::string_view text) {
  text = trim(text);
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    text = text.substr(1, text.size() - 2);
  return std::string(text);
}

/// What a config file is read as: a section header, or a key of the current section. Lines are
/// split as CLI11 splits them, so that what is checked is what CLI11 applies.
class ConfigChecker {
 public:
  ConfigChecker(const CLI::App& app, const std::string& path) : app_(app), path_(path) {}

  void line(std::string_view text, std::size_t number) {
    const std::string_view line = trim(text);
    if (line.size() < 3 || line.front() == '#' || line.front() == ';') return;  // CLI11 skips these
    if (line.front() == '[') {
      if (line.back() != ']') fail(number, "a section header must end with ']': " + quote(line));
      std::string name = unquoted(line.substr(1, line.size() - 2));
      if (name.size() > 1 && name.front() == '[' && name.back() == ']') name = name.substr(1, name.size() - 2);
      section_ = section_of(name == "default" ? "" : name, number);
      return;
    }
    const std::size_t eq = line.find('=');
    std::string key = unquoted(line.substr(0, eq == std::string_view::npos ? line.find('#') : eq));
    const CLI::App* scope = section_ != nullptr ? section_ : &app_;
    if (const std::size_t dot = key.find('.'); dot != std::string::npos && section_ == nullptr) {
      scope = section_of(key.substr(0, dot), number);
      key = key.substr(dot + 1);
    }
    const auto names = key_names(*scope);
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      fail(number, fmt::format("unknown key {} in {}{}", quote(key),
                               scope == &app_ ? std::string("the top level") : "[" + scope->get_name() + "]",
                               scope == &app_ ? suggestion(key, names) : did_you_mean(key, names)));
    }
    if (eq == std::string_view::npos) return;
    std::string_view value = line.substr(eq + 1);
    value = trim(value.substr(0, value.find('#')));
    continue_array_ = value.size() > 1 && value.front() == '[' && value.back() != ']';
  }

  /// True while the lines are the rest of an array that began on an earlier line.
  bool in_array(std::string_view text, std::size_t number) {
    if (!continue_array_) return false;
    const std::string_view line = trim(text);
    if (!line.empty() && line.back() == ']') continue_array_ = false;
    const std::string_view uncommented = trim(line.substr(0, line.find('#')));
    if (continue_array_ && !uncommented.empty() && uncommented.back() == ']') {
      // CLI11 reads on to the next line ending in ']', taking the rest of the file as the array.
      fail(number, "a comment after the ']' that ends an array spread over lines; put it on a line of its own");
    }
    return true;
  }

 private:
  const CLI::App* section_of(const std::string& name, std::size_t number) {
    if (name.empty()) return nullptr;
    const auto names = section_names(app_);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      fail(number,
           fmt::format("unknown section [{}]; sections are commands{}", printable(name), did_you_mean(name, names)));
    }
    return app_.get_subcommand(name);
  }

  /// A near key at the top level, or else in a command's section: `windw` is [audit] window.
  std::string suggestion(const std::string& key, const std::vector<std::string>& names) const {
    if (closest_match(key, names)) return did_you_mean(key, names);
    for (const CLI::App* sub : app_.get_subcommands({})) {
      if (const auto near = closest_match(key, key_names(*sub))) {
        return fmt::format(" (did you mean \"{}\" in [{}]?)", *near, sub->get_name());
      }
    }
    return {};
  }

  [[noreturn]] void fail(std::size_t number, const std::string& message) const {
    throw Error(fmt::format("{}:{}: {}", path_, number, message));
  }

  const CLI::App& app_;
  const std::string& path_;
  const CLI::App* section_ = nullptr;
  bool continue_array_ = false;
};

}  // namespace

void check_config_text(const CLI::App& app, std::string_view text, const std::string& path) {
  ConfigChecker checker(app, path);
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (!checker.in_array(line, number)) checker.line(line, number);
  }
}

void check_config(const CLI::App& app) {
  const CLI::Option* config = app.get_config_ptr();
  if (config == nullptr) return;
  const bool given = config->count() > 0;
  const std::string path = given ? config->as<std::string>() : config->get_default_str();
  struct stat info {};
  if (!given && ::stat(path.c_str(), &info) != 0) return;  // the default file is optional
  check_config_text(app, read_file(path), path);
}

}  // namespace netgap::cli
