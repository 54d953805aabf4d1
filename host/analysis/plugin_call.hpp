// Runs one plugin's analyse on one article in this process and collects what it returns; a
// failure becomes one error diagnostic. Shared by the in-process analyser and isolated workers.
#pragma once

#include "loader/plugin_set.hpp"
#include "merge/merger.hpp"

namespace slant {

PluginOutput call_plugin(const LoadedPlugin& plugin, const slant_article_view& article);

}  // namespace slant
