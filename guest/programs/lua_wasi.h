/* Lua (third_party/lua) on wasm32-wasi, force-included (-include) into the unmodified sources:
 * WASI has no processes and no temporary-file names, so os.execute reports "no shell" and
 * os.tmpname fails with Lua's own error, as luaconf.h's hooks allow. */
#define l_system(cmd) ((cmd) == NULL ? 0 : -1)
#define LUA_TMPNAMBUFSIZE 32
#define lua_tmpnam(b, e) { (void)(b); e = 1; }
