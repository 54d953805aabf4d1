// A test plugin that claims another newer ABI minor version than the host: refused.
#include <slant/plugin_abi.h>

static int create(const slant_config*, const slant_sink*, void** instance) {
  static int dummy;
  *instance = &dummy;
  return SLANT_OK;
}
static int analyse(void*, const slant_article_view*, const slant_sink*) { return SLANT_OK; }
static void destroy(void*) {}

extern "C" SLANT_PLUGIN_EXPORT const slant_plugin_descriptor* slant_plugin_entry(void) {
  static slant_plugin_descriptor d{};
  d.abi_major = SLANT_ABI_MAJOR;
  d.abi_minor = SLANT_ABI_MINOR + 1;
  d.struct_size = sizeof d;
  d.id = {"newer-minor", 11};
  d.name = {"Newer minor", 11};
  d.version = {"1.0", 3};
  d.description = {"test", 4};
  d.create = create;
  d.analyse = analyse;
  d.destroy = destroy;
  return &d;
}
