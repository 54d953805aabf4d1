// Indexes the linear model's weights by word id (see feature_index.hpp).
#include "feature_index.hpp"

namespace slant::plugins::opinion {

uint32_t FeatureIndex::intern(std::string_view w) {
  auto it = ids_.find(w);
  if (it != ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(words_.size());
  ids_.emplace(std::string(w), id);
  words_.push_back({});
  return id;
}

FeatureIndex::FeatureIndex(const LinearModel& model) {
  for (const auto& [key, weight] : model.weights()) {
    const std::string_view k = key;
    const IndexedWeight iw{weight, &key};
    if (k.starts_with("w:")) {
      words_[intern(k.substr(2))] = iw;
    } else if (k.starts_with("b:")) {
      const auto pair = k.substr(2);
      const size_t space = pair.find(' ');
      if (space == std::string_view::npos || pair.find(' ', space + 1) != std::string_view::npos)
        continue;  // cannot match two tokens
      const uint32_t a = intern(pair.substr(0, space));
      const uint32_t b = intern(pair.substr(space + 1));
      pair_ids_.emplace((uint64_t{a} << 32) | b, static_cast<uint32_t>(pairs_.size()));
      pairs_.push_back(iw);
    } else if (k == "m:ly-adverb") {
      ly_adverb_ = iw;
    } else if (k.starts_with("c:")) {
      for (size_t c = 0; c < kContextFeatureCount; ++c)
        if (k == name(static_cast<ContextFeature>(c))) context_[c] = iw;
    } else if (k.starts_with("s:")) {
      for (auto c : all_signal_classes())
        if (k.substr(2) == name(c)) signals_[static_cast<size_t>(c)] = iw;
    }
  }
  auto it = ids_.find(std::string_view("<s>"));
  if (it != ids_.end()) start_id_ = it->second;
}

}  // namespace slant::plugins::opinion
