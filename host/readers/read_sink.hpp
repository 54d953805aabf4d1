// What every reader hands its articles and errors to: readers never know what happens next.
#pragma once

#include <functional>
#include <string>

#include "article/article.hpp"

namespace slant {

struct InputError {
  std::string where;    // "path", "path:line" or "path: item 3"
  std::string message;  // what is wrong and, where it helps, what to do
};

struct ReadSink {
  std::function<void(Article&&)> article;
  std::function<void(const InputError&)> error;
};

}  // namespace slant
