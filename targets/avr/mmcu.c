// The part and clock the firmware was built for, recorded in the ELF's .mmcu section, where
// simavr reads them: `kilopy sim prog.elf` needs no --target. The section lies outside flash
// (the link puts it at 0x910000) and `kilopy build --target` leaves it out of the .hex.
// C, not C++: simavr's header initialises its records with C99 designators, which avr-g++ 5.4
// refuses in C++.
#include <avr/avr_mcu_section.h>

#define KP_STRING(x) KP_STRING2(x)
#define KP_STRING2(x) #x

AVR_MCU(F_CPU, KP_STRING(__AVR_DEVICE_NAME__));
