# Warnings for netgap's own targets only (third-party headers are system includes).
add_library(netgap_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(netgap_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough
    -Wmisleading-indentation -Wduplicated-cond -Wlogical-op)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(netgap_warnings INTERFACE -Wno-unknown-warning-option)
  endif()
  if(NETGAP_WERROR)
    target_compile_options(netgap_warnings INTERFACE -Werror)
  endif()
endif()
