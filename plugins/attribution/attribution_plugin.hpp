// The attribution plugin: finds who said what in a news article (direct quotes, reporting
// verbs, "according to"), with each source's class, the verb's stance and a canonical speaker.
#pragma once

#include <slant/plugin.hpp>

#include "lexicons.hpp"
#include "rules.hpp"

namespace slant::plugins {

class Attribution {
 public:
  static sdk::PluginInfo info();
  explicit Attribution(const sdk::Config& cfg);
  void analyse(const sdk::Article& a, sdk::Sink& out) const;

 private:
  attribution::Lexicons lex_;
  attribution::RuleOptions options_;
};

}  // namespace slant::plugins
