# One bounded fuzzing run for ctest: a fresh work corpus in the build tree (libFuzzer writes
# new inputs only to the first directory), the checked-in seeds read-only after it.
#   cmake -DFUZZER=... -DSECONDS=60 -DWORK=dir -DSEEDS=dir[,dir...] -P run_fuzzer.cmake
string(REPLACE "," ";" SEEDS "${SEEDS}")
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -seed=1 -rss_limit_mb=2048 -timeout=20
          -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${WORK}/corpus ${SEEDS}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(GLOB artifacts ${WORK}/artifacts/*)
  message(FATAL_ERROR "fuzzer failed (${result}); reproducers: ${artifacts}\n"
                      "replay one with: ${FUZZER} <file>")
endif()
