#include "config/config_file.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>

namespace slant::config {
namespace fs = std::filesystem;

std::optional<bool> parse_bool(const std::string& t) {
  if (t == "true" || t == "yes" || t == "on" || t == "1") return true;
  if (t == "false" || t == "no" || t == "off" || t == "0") return false;
  return std::nullopt;
}

std::optional<double> parse_number(const std::string& t) {
  try {
    size_t used = 0;
    double d = std::stod(t, &used);
    if (used == t.size() && std::isfinite(d)) return d;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

class Parser {
 public:
  Parser(const std::string& text, const std::string& name, const std::string& dir) : text_(text), name_(name) {
    config_.path = name;
    config_.dir = dir;
  }

  Config run() {
    pugi::xml_document doc;
    pugi::xml_parse_result ok = doc.load_buffer(text_.data(), text_.size(), pugi::parse_default | pugi::parse_comments);
    if (!ok) fail(line_of(ok.offset), std::string("not well-formed XML: ") + ok.description());
    pugi::xml_node root = doc.document_element();
    if (!root) fail(1, "no root element; expected <slant version=\"1\">");
    if (std::string(root.name()) != "slant")
      fail(root, "the root element is <" + std::string(root.name()) + ">; expected <slant version=\"1\">");
    attributes(root, {"version"});
    if (auto v = root.attribute("version"); v && std::string(v.value()) != "1")
      fail(root, "version=\"" + std::string(v.value()) + "\" is not known; this slant reads version=\"1\"");
    for (pugi::xml_node n : elements(root, {"plugins", "merge", "isolate"})) {
      std::string name = n.name();
      if (name == "plugins") plugins(n);
      else if (name == "merge") merge(n);
      else isolate(n);
    }
    return std::move(config_);
  }

 private:
  const std::string& text_;
  const std::string& name_;
  Config config_;

  int line_of(ptrdiff_t offset) const {
    offset = std::clamp<ptrdiff_t>(offset, 0, static_cast<ptrdiff_t>(text_.size()));
    return 1 + static_cast<int>(std::count(text_.begin(), text_.begin() + offset, '\n'));
  }
  int line_of(pugi::xml_node n) const { return line_of(n.offset_debug()); }
  [[noreturn]] void fail(int line, const std::string& what) const {
    throw ConfigError(name_ + ":" + std::to_string(line) + ": " + what);
  }
  [[noreturn]] void fail(pugi::xml_node n, const std::string& what) const { fail(line_of(n), what); }

  static std::string list(const std::vector<std::string>& names, const char* open, const char* close) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "" : ", ") + std::string(open) + n + close;
    return s;
  }

  // The child elements of n, refusing any not in allowed and any stray text.
  std::vector<pugi::xml_node> elements(pugi::xml_node n, const std::vector<std::string>& allowed) const {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_comment || c.type() == pugi::node_pi || c.type() == pugi::node_declaration) continue;
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!trim(c.value()).empty())
          fail(c, "text \"" + trim(c.value()) + "\" inside <" + n.name() + ">; allowed here: " + list(allowed, "<", ">"));
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), c.name()) == allowed.end())
        fail(c, "unknown element <" + std::string(c.name()) + "> in <" + n.name() + ">; allowed here: " +
                    list(allowed, "<", ">"));
      out.push_back(c);
    }
    return out;
  }
  void attributes(pugi::xml_node n, const std::vector<std::string>& allowed) const {
    for (pugi::xml_attribute a : n.attributes())
      if (std::find(allowed.begin(), allowed.end(), a.name()) == allowed.end())
        fail(n, "unknown attribute " + std::string(a.name()) + "=\"" + a.value() + "\" on <" + n.name() + ">; " +
                    (allowed.empty() ? std::string("it takes none") : "allowed: " + list(allowed, "", "")));
  }
  // The text of a leaf element (no children, no attributes but those allowed).
  std::string value(pugi::xml_node n, const std::vector<std::string>& attrs = {}) const {
    attributes(n, attrs);
    for (pugi::xml_node c : n.children())
      if (c.type() == pugi::node_element) fail(c, "<" + std::string(n.name()) + "> holds a value, not elements");
    return trim(n.text().get());
  }
  bool boolean(pugi::xml_node n) const {
    std::string v = value(n);
    if (auto b = parse_bool(v)) return *b;
    fail(n, "<" + std::string(n.name()) + "> must be true or false, got \"" + v + "\"");
  }
  double number(pugi::xml_node n, double min, double max) const {
    std::string v = value(n);
    auto d = parse_number(v);
    if (!d) fail(n, "<" + std::string(n.name()) + "> must be a number, got \"" + v + "\"");
    if (*d < min || *d > max) {
      std::ostringstream range;
      range << "<" << n.name() << "> must be between " << min << " and " << max << ", got " << v;
      fail(n, range.str());
    }
    return *d;
  }
  std::string path(const std::string& p) const {
    fs::path f(p);
    if (f.is_relative() && !config_.dir.empty()) f = fs::path(config_.dir) / f;
    return f.lexically_normal().string();
  }

  void plugins(pugi::xml_node n) {
    attributes(n, {});
    for (pugi::xml_node c : elements(n, {"folder", "default-folders", "select", "plugin"})) {
      std::string name = c.name();
      if (name == "folder") {
        std::string dir = value(c);
        if (dir.empty()) fail(c, "<folder> is empty; give a folder that holds plugin .so files");
        std::string full = path(dir);
        std::error_code ec;
        if (!fs::is_directory(full, ec)) fail(c, "plugin folder \"" + dir + "\" (" + full + ") does not exist");
        config_.folders.push_back(full);
      } else if (name == "default-folders") {
        config_.default_folders = boolean(c);
      } else if (name == "select") {
        std::string v = value(c);
        if (v != "all" && v != "listed")
          fail(c, "<select> must be all (every plugin found runs, but those with enabled=\"false\") or "
                  "listed (only the <plugin> elements run), got \"" + v + "\"");
        config_.only_listed = v == "listed";
      } else {
        plugin(c);
      }
    }
  }

  void plugin(pugi::xml_node n) {
    attributes(n, {"id", "enabled"});
    PluginSetting p;
    p.id = n.attribute("id").value();
    p.line = line_of(n);
    if (p.id.empty()) fail(n, "<plugin> needs id=\"...\" (the id `slant plugins` shows)");
    if (config_.plugin(p.id)) fail(n, "plugin \"" + p.id + "\" is configured twice");
    if (auto e = n.attribute("enabled")) {
      auto b = parse_bool(e.value());
      if (!b) fail(n, "enabled=\"" + std::string(e.value()) + "\" on <plugin> must be true or false");
      p.enabled = *b;
    }
    for (pugi::xml_node c : elements(n, {"param", "lexicon"})) {
      ParamSetting s;
      s.line = line_of(c);
      if (std::string(c.name()) == "param") {
        s.value = value(c, {"name"});
        s.name = c.attribute("name").value();
        if (s.name.empty()) fail(c, "<param> needs name=\"...\" (one of the plugin's parameters, see `slant plugins`)");
      } else {
        std::string file = value(c, {"mode"});
        std::string mode = c.attribute("mode").value();
        if (mode.empty()) mode = "extend";
        if (mode != "replace" && mode != "extend")
          fail(c, "mode=\"" + mode + "\" on <lexicon> must be replace (instead of the bundled lexicon) or extend "
                  "(added to it)");
        if (file.empty()) fail(c, "<lexicon> is empty; give the path of a lexicon file");
        s.value = path(file);
        std::error_code ec;
        if (!fs::is_regular_file(s.value, ec))
          fail(c, "lexicon file \"" + file + "\" (" + s.value + ") does not exist");
        s.name = mode == "replace" ? "lexicon" : "extra_lexicon";
        s.is_lexicon = true;
      }
      for (const auto& other : p.params)
        if (other.name == s.name)
          fail(c, "parameter \"" + s.name + "\" of plugin \"" + p.id + "\" is set twice (also on line " +
                      std::to_string(other.line) + ")");
      p.params.push_back(std::move(s));
    }
    config_.plugins.push_back(std::move(p));
  }

  void merge(pugi::xml_node n) {
    attributes(n, {});
    for (pugi::xml_node c : elements(n, {"min-weight", "slow-plugin-seconds"})) {
      if (std::string(c.name()) == "min-weight") config_.min_weight = number(c, 0, 1);
      else config_.slow_plugin_seconds = number(c, 0, 1e6);
    }
  }

  void isolate(pugi::xml_node n) {
    attributes(n, {});
    for (pugi::xml_node c : elements(n, {"enabled", "timeout-seconds", "memory-limit-mb"})) {
      std::string name = c.name();
      if (name == "enabled") config_.isolate = boolean(c);
      else if (name == "timeout-seconds") config_.timeout_seconds = number(c, 0.01, 1e6);
      else config_.memory_limit_mb = static_cast<size_t>(number(c, 0, 1e9));
    }
  }
};

}  // namespace

Config parse_config(const std::string& text, const std::string& name, const std::string& dir) {
  return Parser(text, name, dir).run();
}

Config read_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path + ": cannot read the configuration file");
  std::stringstream ss;
  ss << in.rdbuf();
  fs::path dir = fs::absolute(path).parent_path();
  return parse_config(ss.str(), path, dir.string());
}

}  // namespace slant::config
