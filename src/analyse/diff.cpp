#include <netgap/analyse/diff.hpp>

#include <fmt/format.h>
#include <netgap/util/error.hpp>
#include <netgap/util/text.hpp>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "util/json_util.hpp"

namespace netgap {
namespace {

std::vector<TypeChange> compare(const std::vector<Coverage>& before, const std::vector<Coverage>& after) {
  std::vector<TypeChange> out;
  for (const auto& now : after) {
    TypeChange change;
    change.kind = now.kind;
    change.id = now.id;
    change.name = now.name;
    change.active_after = static_cast<long>(now.active);
    change.coverage_after = now.coverage;
    change.status_after = now.status;
    for (const auto& then : before) {
      if (then.id != now.id) continue;
      change.active_before = static_cast<long>(then.active);
      change.coverage_before = then.coverage;
      change.status_before = then.status;
    }
    out.push_back(change);
  }
  return out;
}

Coverage parse_coverage(const nlohmann::json& item, const std::string& path, TypeKind kind, std::string_view source,
                        Diagnostics& diagnostics) {
  Coverage c;
  c.kind = kind;
  if (!item.is_object()) {
    diagnostics.error(fmt::format("{}: {}: expected an object", source, path));
    return c;
  }
  detail::ObjectReader reader(item, path, source, diagnostics);
  c.id = reader.required_string("id");
  c.name = reader.optional_string("name", c.id);
  if (kind == TypeKind::category) c.group = reader.optional_string("group");
  if (const auto* count = reader.required("count", nlohmann::json::value_t::number_unsigned))
    c.count = count->get<std::size_t>();
  if (const auto* active = reader.required("active", nlohmann::json::value_t::number_unsigned)) {
    c.active = active->get<std::size_t>();
  }
  if (const auto* coverage = reader.required("coverage", nlohmann::json::value_t::number_float)) {
    c.coverage = coverage->get<double>();
  }
  if (const auto* target = reader.member("target"); target != nullptr && target->is_number())
    c.target = target->get<double>();
  const std::string status = reader.required_string("status");
  if (const auto parsed = parse_status(status)) {
    c.status = *parsed;
  } else if (!status.empty()) {
    reader.fail(reader.path_of("status"), fmt::format("unknown status {}", quote(status)));
  }
  return c;
}

}  // namespace

std::string_view TypeChange::change() const {
  if (status_before == Status::covered && status_after != Status::covered) return "opened";
  if (status_before != Status::covered && status_after == Status::covered) return "closed";
  if (status_after < status_before) return "worse";
  if (status_after > status_before) return "better";
  return "same";
}

bool ReportDiff::regressed() const {
  if (score_after + 1e-9 < score_before) return true;
  for (const auto* list : {&categories, &lenses}) {
    for (const auto& c : *list) {
      if (c.status_after < c.status_before) return true;
    }
  }
  return false;
}

ReportDiff diff_reports(const Report& before, const Report& after) {
  ReportDiff diff;
  diff.old_source = before.source;
  diff.new_source = after.source;
  diff.old_as_of = before.as_of;
  diff.new_as_of = after.as_of;
  diff.score_before = before.score;
  diff.score_after = after.score;
  diff.categories = compare(before.categories, after.categories);
  diff.lenses = compare(before.lenses, after.lenses);
  return diff;
}

ContactState contact_state(const Contact& contact, Date as_of, int window_days) {
  ContactState state;
  state.key = !trim(contact.email).empty()
                  ? "e:" + to_lower(trim(contact.email))
                  : "n:" + normalize_name(contact.name) + "|" + normalize_name(contact.organization);
  state.name = contact.name;
  state.active = is_active(contact, as_of, window_days);
  return state;
}

void compare_contacts(ReportDiff& diff, const std::vector<ContactState>& before,
                      const std::vector<ContactState>& after) {
  diff.has_contacts = true;
  std::unordered_map<std::string, const ContactState*> old_by_key;
  std::unordered_map<std::string, const ContactState*> new_by_key;
  for (const auto& c : before) old_by_key.emplace(c.key, &c);
  for (const auto& c : after) new_by_key.emplace(c.key, &c);
  for (const auto& c : after) {
    const auto it = old_by_key.find(c.key);
    if (it == old_by_key.end()) {
      diff.added.push_back(c.name);
    } else if (it->second->active && !c.active) {
      diff.went_dormant.push_back(c.name);
    }
  }
  for (const auto& c : before) {
    if (new_by_key.count(c.key) == 0) diff.removed.push_back(c.name);
  }
}

bool looks_like_report(std::string_view head) {
  return head.find("\"netgap_version\"") != std::string_view::npos &&
         head.find("\"categories\"") != std::string_view::npos;
}

Report parse_report_json(std::string_view text, std::string_view source) {
  const nlohmann::json document = detail::parse_document(text, source);
  Diagnostics diagnostics;
  Report report;
  if (!document.is_object()) throw Error(fmt::format("{}: not a netgap report (expected an object)", source));
  detail::ObjectReader top(document, "", source, diagnostics);
  if (const auto* version = top.required("schema_version", nlohmann::json::value_t::number_unsigned);
      version != nullptr && *version != 1) {
    top.fail("schema_version", fmt::format("unsupported report version {}; this netgap reads 1", version->dump()));
  }
  const std::string as_of = top.required_string("as_of");
  if (const auto date = parse_iso_date(as_of)) {
    report.as_of = *date;
  } else if (!as_of.empty()) {
    top.fail("as_of", fmt::format("expected a date YYYY-MM-DD, got {}", quote(as_of)));
  }
  if (const auto* score = top.required("score", nlohmann::json::value_t::number_float))
    report.score = score->get<double>();
  if (const auto* roster = top.member("roster"); roster != nullptr && roster->is_object()) {
    report.source = roster->value("source", std::string(source));
    report.contacts = roster->value("contacts", std::size_t{0});
  } else {
    report.source = std::string(source);
  }
  for (const auto& [key, kind] : {std::pair{"categories", TypeKind::category}, std::pair{"lenses", TypeKind::lens}}) {
    if (const auto* list = top.required(key, nlohmann::json::value_t::array)) {
      for (std::size_t i = 0; i < list->size(); ++i) {
        auto& target = kind == TypeKind::category ? report.categories : report.lenses;
        target.push_back(parse_coverage((*list)[i], fmt::format("{}[{}]", key, i), kind, source, diagnostics));
      }
    }
  }
  diagnostics.checkpoint();
  return report;
}

}  // namespace netgap
