/* <arm_neon.h> for wasm32 with SIMD128: SIMDe's NEON on Wasm SIMD128 (third_party/simde), which is
 * what xxhash.h expects there ("WASM SIMD128 via SIMDe"). Only the xxHash Wasm build puts this
 * directory on its include path (multipie/bench/programs.py).
 * SIMDE_FLOAT16_API: clang's wasm32 target has no _Float16, which SIMDe would otherwise pick;
 * xxHash uses no float16, the portable struct only has to compile. */
#define SIMDE_ENABLE_NATIVE_ALIASES
#define SIMDE_FLOAT16_API SIMDE_FLOAT16_API_PORTABLE
#include "simde/arm/neon.h"
