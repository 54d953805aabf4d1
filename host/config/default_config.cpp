#include "config/default_config.hpp"

#include <algorithm>
#include <sstream>

namespace slant::config {
namespace {

// Text that goes inside an XML comment must not hold "--".
std::string comment_safe(std::string s) {
  for (size_t pos; (pos = s.find("--")) != std::string::npos;) s.replace(pos, 2, "- -");
  if (!s.empty() && s.back() == '-') s += ' ';
  return s;
}

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

bool has_param(const LoadedPlugin& p, const char* name) {
  return std::any_of(p.params.begin(), p.params.end(), [&](const auto& x) { return x.name == name; });
}

}  // namespace

std::string default_config_text(const PluginSet& found) {
  std::ostringstream o;
  o << R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- slant configuration. slant reads the file named by its config option, else ./slant.xml, else
     $XDG_CONFIG_HOME/slant/slant.xml (~/.config/slant/slant.xml); the no-config option reads none.
     Command-line flags win over this file. Every setting below is at its default or commented
     out, so the file changes nothing until you edit it. Relative paths are taken from the
     folder this file is in. An unknown element, a wrong type or a missing file is an error
     that names this file and the line. -->
<slant version="1">
  <plugins>
    <!-- Folders with plugin modules (.so), searched before SLANT_PLUGIN_PATH and the bundled
         folder (repeatable). -->
    <!-- <folder>my-plugins</folder> -->

    <!-- false: search only the folders above, not SLANT_PLUGIN_PATH nor the bundled folder. -->
    <default-folders>true</default-folders>

    <!-- all: every plugin found runs, except a <plugin enabled="false">;
         listed: only the <plugin> elements below run. The plugins option wins over both. -->
    <select>all</select>
)";
  for (const auto& p : found.plugins()) {
    o << "\n    <!-- " << comment_safe(p.id + " " + p.version + ": " + p.description) << " -->\n";
    o << "    <plugin id=\"" << escape(p.id) << "\" enabled=\"true\">\n";
    for (const auto& prm : p.params) {
      o << "      <!-- " << comment_safe(prm.name + " (" + prm.type + "): " + prm.description) << " -->\n";
      o << "      <!-- <param name=\"" << comment_safe(escape(prm.name)) << "\">" << comment_safe(escape(prm.default_value))
        << "</param> -->\n";
    }
    const bool replace = has_param(p, "lexicon"), extend = has_param(p, "extra_lexicon");
    if (replace || extend) {
      o << "      <!-- A lexicon of your own (phrase<TAB>category<TAB>weight<TAB>note): ";
      if (extend) o << "mode=\"extend\" adds it to the bundled one";
      if (replace && extend) o << ", ";
      if (replace) o << "mode=\"replace\" uses it instead";
      o << ". -->\n      <!-- <lexicon mode=\"" << (extend ? "extend" : "replace") << "\">my-" << comment_safe(escape(p.id))
        << ".tsv</lexicon> -->\n";
    }
    o << "    </plugin>\n";
  }
  if (found.plugins().empty())
    o << "\n    <!-- No plugin was found when this was written; add one like this:\n"
         "    <plugin id=\"hedging\" enabled=\"true\"><param name=\"min_weight\">0.5</param></plugin> -->\n";
  o << R"(  </plugins>

  <merge>
    <!-- Leave out findings whose weight (0 to 1) is below this. -->
    <min-weight>0</min-weight>
    <!-- Warn on an article when a plugin takes longer than this on it. -->
    <slow-plugin-seconds>2</slow-plugin-seconds>
  </merge>

  <!-- Run each plugin in its own worker process (the isolate option), so a plugin that crashes
       or hangs loses only its result for that article. -->
  <isolate>
    <enabled>false</enabled>
    <!-- A plugin still busy with one article after this long is killed and restarted. -->
    <timeout-seconds>10</timeout-seconds>
    <!-- A worker larger than this after an article is restarted (0: no limit). -->
    <memory-limit-mb>1024</memory-limit-mb>
  </isolate>
</slant>
)";
  return o.str();
}

}  // namespace slant::config
