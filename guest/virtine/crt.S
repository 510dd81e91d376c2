/* crt.S: the only code between the host and an entry point.
 *
 * The host enters at __virtine_entry with rax = the entry point, integer
 * arguments in rdi, rsi, rdx, rcx, r8, r9, float arguments in the control page,
 * and rsp = the top of the stack (16-byte aligned). The image, including this
 * code, is restored from the snapshot after every call, so what follows always
 * runs as built: it clears the FPU/SSE state a previous call could have left,
 * calls the entry point, and reports its result with HCALL_RETURN.
 */
#define VIRTINE_PORT 0xE0
#define VIRTINE_CTRL 0x6000

    .section .text.virtine_entry, "ax"
    .globl __virtine_entry
    .type __virtine_entry, @function
__virtine_entry:
    /* fninit only marks the x87/MMX registers empty; their contents stay readable
     * (fxsave). Overwrite all eight with zero first, then reset the unit. */
    fninit
    fldz
    fldz
    fldz
    fldz
    fldz
    fldz
    fldz
    fldz
    fninit
    ldmxcsr __virtine_mxcsr(%rip)
    movsd VIRTINE_CTRL + 0, %xmm0
    movsd VIRTINE_CTRL + 8, %xmm1
    movsd VIRTINE_CTRL + 16, %xmm2
    movsd VIRTINE_CTRL + 24, %xmm3
    movsd VIRTINE_CTRL + 32, %xmm4
    movsd VIRTINE_CTRL + 40, %xmm5
    movsd VIRTINE_CTRL + 48, %xmm6
    movsd VIRTINE_CTRL + 56, %xmm7
    pxor %xmm8, %xmm8
    pxor %xmm9, %xmm9
    pxor %xmm10, %xmm10
    pxor %xmm11, %xmm11
    pxor %xmm12, %xmm12
    pxor %xmm13, %xmm13
    pxor %xmm14, %xmm14
    pxor %xmm15, %xmm15
    call *%rax
    .globl __virtine_exit
__virtine_exit:
    mov %rax, %rdi
    movq %xmm0, %rsi
    xor %eax, %eax              /* HCALL_RETURN */
    outb %al, $VIRTINE_PORT
    ud2                         /* the host never resumes after RETURN */
    .size __virtine_entry, . - __virtine_entry

    .section .rodata
    .p2align 2
__virtine_mxcsr:
    .long 0x1f80
