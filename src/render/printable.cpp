#include "render/printable.hpp"

#include <netgap/util/text.hpp>

namespace netgap {
namespace {

void clean(std::string& text) { text = printable(text); }

void clean(std::vector<std::string>& list) {
  for (auto& text : list) clean(text);
}

void clean(std::vector<Statement>& statements) {
  for (auto& s : statements) clean(s.text);
}

void clean(std::vector<Rekindle>& list) {
  for (auto& r : list) clean(r.name);
}

void clean(Profile& profile) {
  for (std::string* s : {&profile.name, &profile.organization, &profile.department, &profile.role, &profile.industry})
    clean(*s);
  clean(profile.schools);
}

void clean(std::vector<Coverage>& list) {
  for (auto& c : list) {
    for (std::string* s : {&c.id, &c.group, &c.name}) clean(*s);
    clean(c.rekindle);
  }
}

void clean(std::vector<TypeChange>& list) {
  for (auto& c : list) {
    clean(c.id);
    clean(c.name);
  }
}

void clean(std::vector<ExplainedLabel>& labels) {
  for (auto& label : labels) {
    clean(label.id);
    clean(label.reason);
  }
}

}  // namespace

Report printable(const Report& report) {
  Report out = report;
  clean(out.source);
  if (out.owner) clean(*out.owner);
  clean(out.unclassified_examples);
  clean(out.categories);
  clean(out.lenses);
  for (auto& g : out.groups) {
    clean(g.id);
    clean(g.name);
  }
  for (auto& r : out.recommendations) {
    for (std::string* s : {&r.id, &r.name, &r.reason}) clean(*s);
    clean(r.actions);
    clean(r.benefits);
    clean(r.rekindle);
  }
  return out;
}

ReportDiff printable(const ReportDiff& diff) {
  ReportDiff out = diff;
  clean(out.old_source);
  clean(out.new_source);
  clean(out.categories);
  clean(out.lenses);
  for (auto* list : {&out.added, &out.removed, &out.went_dormant}) clean(*list);
  for (auto* list : {&out.renamed, &out.changed_organization}) {
    for (ContactChange& change : *list) {
      for (std::string* s : {&change.name, &change.before, &change.after}) clean(*s);
    }
  }
  return out;
}

Explanation printable(const Explanation& explanation) {
  Explanation out = explanation;
  for (auto& contact : out.contacts) {
    clean(contact.name);
    clean(contact.categories);
    clean(contact.lenses);
  }
  return out;
}

NetworkType printable(const NetworkType& type) {
  NetworkType out = type;
  for (std::string* s : {&out.id, &out.group, &out.name, &out.description}) clean(*s);
  clean(out.actions);
  clean(out.benefits);
  clean(out.aliases);
  return out;
}

Taxonomy printable(const Taxonomy& taxonomy) {
  Taxonomy out = taxonomy;
  for (std::string* s : {&out.title, &out.source_document, &out.introduction, &out.purpose}) clean(*s);
  for (auto& g : out.groups) {
    for (std::string* s : {&g.id, &g.name, &g.description}) clean(*s);
  }
  for (auto* list : {&out.categories, &out.lenses}) {
    for (auto& type : *list) type = printable(type);
  }
  return out;
}

RenderOptions printable(const RenderOptions& options) {
  RenderOptions out = options;
  clean(out.gate_failures);
  clean(out.more_hint);
  return out;
}

}  // namespace netgap
