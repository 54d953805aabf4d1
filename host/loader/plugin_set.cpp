#include "loader/plugin_set.hpp"

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace slant {
namespace fs = std::filesystem;

namespace {

std::string s(slant_str v) { return v.data ? std::string(v.data, v.size) : std::string(); }

std::string abi_text(unsigned major, unsigned minor) {
  return std::to_string(major) + "." + std::to_string(minor);
}

// The smallest descriptor an ABI 1.0 plugin can have: everything up to destroy.
constexpr size_t kMinDescriptorSize = sizeof(slant_plugin_descriptor);

struct CreateErrors {
  std::string text;
};
void collect_create_error(void* ctx, int, slant_str message) {
  auto* e = static_cast<CreateErrors*>(ctx);
  if (!e->text.empty()) e->text += "; ";
  e->text += s(message);
}
int no_finding(void*, const slant_finding*) { return 0; }
int no_metric(void*, slant_str, double) { return 0; }

fs::path exe_prefix() {
  std::error_code ec;
  fs::path exe = boost::dll::program_location(ec);
  if (ec) return {};
  return exe.parent_path().parent_path();
}

std::string find_data_dir(const fs::path& module, const std::string& id) {
  std::error_code ec;
  fs::path beside = module.parent_path() / id;
  if (fs::is_directory(beside, ec)) return beside.string();
  // lib/slant/plugins/x.so -> share/slant/plugins/<id>, as installed and in the build tree.
  fs::path prefix = module.parent_path().parent_path().parent_path().parent_path();
  fs::path shared = prefix / SLANT_DATA_RELATIVE_DIR / id;
  if (fs::is_directory(shared, ec)) return shared.string();
  fs::path from_exe = exe_prefix() / SLANT_DATA_RELATIVE_DIR / id;
  if (fs::is_directory(from_exe, ec)) return from_exe.string();
  return {};
}

const char* unit_name(uint32_t unit) {
  return unit == SLANT_SCORE_SHARE_OF_SENTENCES ? "share_of_sentences" : "per_100_words";
}
const char* param_type_name(uint32_t t) {
  switch (t) {
    case SLANT_PARAM_NUMBER: return "number";
    case SLANT_PARAM_BOOL: return "bool";
    case SLANT_PARAM_PATH: return "path";
    default: return "string";
  }
}

}  // namespace

std::vector<std::string> default_plugin_dirs(const LoadOptions& options) {
  std::vector<std::string> dirs = options.dirs;
  if (options.use_env) {
    if (const char* env = std::getenv("SLANT_PLUGIN_PATH")) {
      std::stringstream ss(env);
      std::string item;
      while (std::getline(ss, item, ':'))
        if (!item.empty()) dirs.push_back(item);
    }
  }
  if (options.use_default) {
    fs::path prefix = exe_prefix();
    if (!prefix.empty()) dirs.push_back((prefix / SLANT_PLUGIN_RELATIVE_DIR).string());
  }
  return dirs;
}

PluginSet::~PluginSet() {
  for (auto& p : plugins_)
    if (p.instance && p.descriptor && p.descriptor->destroy) p.descriptor->destroy(p.instance);
}

PluginSet PluginSet::load(const LoadOptions& options) {
  PluginSet set;
  for (const auto& dir : default_plugin_dirs(options)) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    set.searched_.push_back(dir);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".so") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) set.load_file(f.string(), options);
  }
  for (const auto& id : options.only) {
    bool found = std::any_of(set.plugins_.begin(), set.plugins_.end(), [&](const auto& p) { return p.id == id; });
    if (!found) set.missing_.push_back(id);
  }
  return set;
}

void PluginSet::load_file(const std::string& path, const LoadOptions& options) {
  auto refuse = [&](std::string reason) { refused_.push_back({path, std::move(reason)}); };

  auto lib = std::make_shared<boost::dll::shared_library>();
  std::error_code ec;
  lib->load(path, ec, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  if (ec) {
    refuse("cannot be loaded (" + ec.message() + "): is it a slant plugin built for this system?");
    return;
  }
  // Modules are never unloaded, even refused or unselected ones: once its entry point has run, a
  // plugin's static data (its descriptor) must stay valid until exit.
  static auto* kept = new std::vector<std::shared_ptr<boost::dll::shared_library>>();
  kept->push_back(lib);
  if (!lib->has(SLANT_PLUGIN_ENTRY_NAME)) {
    refuse(std::string("has no entry point '") + SLANT_PLUGIN_ENTRY_NAME +
           "': not a slant plugin, or built without SLANT_PLUGIN(YourClass)");
    return;
  }
  auto entry = lib->get<const slant_plugin_descriptor*()>(SLANT_PLUGIN_ENTRY_NAME);
  const slant_plugin_descriptor* d = entry();
  if (!d) {
    refuse("its entry point returned no descriptor (its info() threw?)");
    return;
  }
  if (d->abi_major != SLANT_ABI_MAJOR) {
    refuse("was built for plugin ABI " + abi_text(d->abi_major, d->abi_minor) + ", this slant speaks ABI " +
           abi_text(SLANT_ABI_MAJOR, SLANT_ABI_MINOR) + ": rebuild the plugin against slant's SDK " +
           std::to_string(SLANT_ABI_MAJOR) + ".x");
    return;
  }
  if (d->abi_minor > SLANT_ABI_MINOR) {
    refuse("needs plugin ABI " + abi_text(d->abi_major, d->abi_minor) + ", newer than this slant's ABI " +
           abi_text(SLANT_ABI_MAJOR, SLANT_ABI_MINOR) + ": upgrade slant, or rebuild the plugin against SDK " +
           abi_text(SLANT_ABI_MAJOR, SLANT_ABI_MINOR));
    return;
  }
  if (d->struct_size < kMinDescriptorSize) {
    refuse("has a descriptor of " + std::to_string(d->struct_size) + " bytes, ABI " +
           abi_text(SLANT_ABI_MAJOR, 0) + " needs at least " + std::to_string(kMinDescriptorSize) +
           ": rebuild it against slant's SDK");
    return;
  }
  if (!d->create || !d->analyse || !d->destroy) {
    refuse("has no create, analyse or destroy function: rebuild it with SLANT_PLUGIN(YourClass)");
    return;
  }
  LoadedPlugin p;
  p.path = path;
  p.id = s(d->id);
  p.name = s(d->name);
  p.version = s(d->version);
  p.description = s(d->description);
  if (p.id.empty() || p.name.empty() || p.version.empty() || p.description.empty()) {
    refuse("does not say its id, name, version and description: fill in PluginInfo");
    return;
  }
  for (const auto& other : plugins_)
    if (other.id == p.id) {
      refuse("has the id '" + p.id + "' of the plugin already loaded from " + other.path + ": skipped");
      return;
    }
  if (!options.only.empty() && std::find(options.only.begin(), options.only.end(), p.id) == options.only.end())
    return;  // not selected: neither loaded nor refused
  if (std::find(options.skip.begin(), options.skip.end(), p.id) != options.skip.end()) return;

  p.abi_major = d->abi_major;
  p.abi_minor = d->abi_minor;
  p.thread_safe = (d->flags & SLANT_PLUGIN_THREAD_SAFE) != 0;
  for (uint32_t i = 0; i < d->finding_kind_count; ++i) p.finding_kinds.push_back(s(d->finding_kinds[i]));
  for (uint32_t i = 0; i < d->param_count; ++i)
    p.params.push_back({s(d->params[i].name), param_type_name(d->params[i].type), s(d->params[i].default_value),
                        s(d->params[i].description)});
  for (uint32_t i = 0; i < d->score_count; ++i)
    p.scores.push_back({s(d->scores[i].name), s(d->scores[i].finding_kind), unit_name(d->scores[i].unit),
                        s(d->scores[i].meaning)});
  p.data_dir = find_data_dir(path, p.id);
  if (auto it = options.params.find(p.id); it != options.params.end()) p.given_params = it->second;
  if (options.check_plugin) options.check_plugin(p, p.given_params);
  if (!options.create_instances) {
    p.descriptor = d;
    p.library = lib;  // already kept loaded for good, like every library opened above
    plugins_.push_back(std::move(p));
    return;
  }

  std::vector<slant_param_value> values;
  for (const auto& [name, value] : p.given_params)
    values.push_back({{name.data(), name.size()}, {value.data(), value.size()}});
  slant_config config{};
  config.struct_size = sizeof(config);
  config.data_dir = {p.data_dir.data(), p.data_dir.size()};
  config.params = values.data();
  config.param_count = static_cast<uint32_t>(values.size());
  CreateErrors errors;
  slant_sink diag{&errors, no_finding, no_metric, collect_create_error};
  void* instance = nullptr;
  int status = d->create(&config, &diag, &instance);
  if (status != SLANT_OK || !instance) {
    refuse("could not start: " + (errors.text.empty() ? std::string("create failed") : errors.text));
    return;
  }
  p.descriptor = d;
  p.instance = instance;
  p.library = lib;

  plugins_.push_back(std::move(p));
}

}  // namespace slant
