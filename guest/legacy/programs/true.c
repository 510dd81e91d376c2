/* A static `true`: the start-up rows of the legacy bench run it natively and in a virtine. */
int main(void) { return 0; }
