# vm/ must compile as C++14, freestanding, with Debian's avr-g++ 5.4 for an ATmega168.
# Invoked by ctest: cmake -DAVR_GXX=... -DBITS=16|32 -DSRC=<repo> -DOUT=<dir> -P avr_compile.cmake
file(MAKE_DIRECTORY ${OUT})
file(GLOB vm_sources ${SRC}/vm/*.cpp)
foreach(source ${vm_sources})
  get_filename_component(name ${source} NAME_WE)
  execute_process(
    COMMAND ${AVR_GXX} -std=gnu++14 -Os -mmcu=atmega168 -fno-exceptions -fno-rtti -ffreestanding
            -Wall -Wextra -Werror -I${SRC} -I${SRC}/targets/avr -DKP_INT_BITS=${BITS} -DKP_NS=kp${BITS}
            -c ${source} -o ${OUT}/${name}.o
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "avr-g++ cannot compile ${source} at ${BITS}-bit ints:\n${errors}")
  endif()
  message(STATUS "avr-g++ compiled ${name}.cpp at ${BITS}-bit ints")
endforeach()
