# Per-target build settings, so that nothing leaks into targets we do not own.

function(coopgraph_target_options target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wpedantic)
  if(COOPGRAPH_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer
                                            -fno-sanitize-recover=undefined)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(COOPGRAPH_FUZZ)
    # Coverage instrumentation for libFuzzer in every target; libFuzzer's main itself is
    # linked into the fuzz executables only (fuzz/CMakeLists.txt).
    target_compile_options(${target} PUBLIC -fsanitize=fuzzer-no-link,address,undefined
                                            -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=fuzzer-no-link,address,undefined)
  endif()
endfunction()
