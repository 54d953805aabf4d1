// The module's one exported symbol, slant_plugin_entry, made by the SDK from the class.
#include "wire_copy.hpp"

SLANT_PLUGIN(wire_copy::WireCopy)
