// wire-copy: marks the signs that an article is agency (wire) copy: an agency credit in the
// dateline ("HARBOUR CITY (AP) —"), agency credits elsewhere, and agency boilerplate lines.
#pragma once

#include <slant/lexicon.hpp>
#include <slant/plugin.hpp>

namespace wire_copy {

class WireCopy {
 public:
  static slant::sdk::PluginInfo info();
  explicit WireCopy(const slant::sdk::Config& config);
  void analyse(const slant::sdk::Article& article, slant::sdk::Sink& out) const;

 private:
  slant::sdk::Lexicon markers_;
  double min_markers_ = 1;
};

}  // namespace wire_copy
