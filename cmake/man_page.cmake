# kilopy.1 from the command's own help: help2man over `kilopy --help` and `--version`, with a
# section that gives each command's --help. Run with -DKILOPY= -DHELP2MAN= -DOUT=.
set(commands build run mem dis sim check flash monitor opcodes)
set(include "${OUT}.include")
file(WRITE ${include} "[COMMANDS]\n")
foreach(c ${commands})
  execute_process(COMMAND ${KILOPY} ${c} --help OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_QUIET)
  if(status EQUAL 0)
    string(REPLACE "${KILOPY}" "kilopy" help "${help}")
    string(REPLACE "\\" "\\\\" help "${help}")
    file(APPEND ${include} ".SS ${c}\n.nf\n${help}.fi\n")
  endif()
endforeach()
execute_process(COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section 1
                        --name "compile a strict subset of Python to bytecode for a 1 KB VM"
                        --include ${include} --output ${OUT} ${KILOPY}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed on ${KILOPY}")
endif()
