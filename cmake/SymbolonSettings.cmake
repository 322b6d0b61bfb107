# Shared compile settings live in one INTERFACE target (not in global CMAKE_CXX_FLAGS).
add_library(symbolon_settings INTERFACE)
target_compile_features(symbolon_settings INTERFACE cxx_std_20)
target_compile_definitions(symbolon_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_KEYWORDS
    SYMBOLON_VERSION="${PROJECT_VERSION}")
target_compile_options(symbolon_settings INTERFACE
    -Wall -Wextra -Wno-missing-field-initializers -fstack-protector-strong
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
target_link_options(symbolon_settings INTERFACE -Wl,-z,relro,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

# Sanitizers come from the asan preset (SYMBOLON_SANITIZE=ON).
option(SYMBOLON_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(SYMBOLON_SANITIZE)
  target_compile_options(symbolon_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(symbolon_settings INTERFACE -fsanitize=address,undefined)
endif()
