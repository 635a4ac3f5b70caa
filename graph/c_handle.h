// An owner for a C library's handle: std::unique_ptr with the library's free function as
// deleter (CHandle<librdf_model, librdf_free_model>); a null handle is never freed.
#pragma once

#include <memory>

namespace coopgraph::graph {

template <auto Free>
struct FreeWith {
  template <typename T>
  void operator()(T* handle) const {
    if (handle != nullptr) Free(handle);
  }
};

template <typename T, auto Free>
using CHandle = std::unique_ptr<T, FreeWith<Free>>;

}  // namespace coopgraph::graph
