#include "cli/history.hpp"

#include <dirent.h>
#include <algorithm>
#include <netgap/model/report_json.hpp>
#include <netgap/util/error.hpp>
#include <netgap/util/input.hpp>

namespace netgap::cli {
namespace {

std::vector<std::string> saved_report_files(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) throw Error(dir + ": cannot open the directory of saved audits");
  std::vector<std::string> files;
  while (const dirent* entry = ::readdir(d)) {
    const std::string name = entry->d_name;
    if (name.size() == 15 && name.compare(10, 5, ".json") == 0 && parse_iso_date(name.substr(0, 10))) {
      files.push_back(dir + "/" + name);
    }
  }
  ::closedir(d);
  std::sort(files.begin(), files.end());  // YYYY-MM-DD sorts by date
  return files;
}

}  // namespace

std::vector<Report> read_saved_reports(const std::string& dir) {
  std::vector<Report> reports;
  for (const auto& file : saved_report_files(dir)) reports.push_back(parse_report_json(read_file(file), file));
  std::stable_sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) { return a.as_of < b.as_of; });
  return reports;
}

}  // namespace netgap::cli
