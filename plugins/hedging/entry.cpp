// The loadable module's one exported entry point.
#include "hedging_plugin.hpp"

SLANT_PLUGIN(slant::plugins::Hedging)
