# A real browser renders the HTML report: headless Chromium takes screenshots at 1280 and 360
# pixels wide, and png_check says each has the expected size and is not blank. Without Chromium
# the test says so and passes (CTest shows it as skipped).
find_program(CHROMIUM NAMES chromium chromium-browser)
if(NOT CHROMIUM)
  if("$ENV{NETGAP_REQUIRE_BROWSER}" STREQUAL "1")
    message(FATAL_ERROR "chromium is required (NETGAP_REQUIRE_BROWSER=1) but not installed")
  endif()
  message("chromium not found, skipped")
  return()
endif()
execute_process(COMMAND ${NETGAP} audit ${SOURCE}/data/examples/data-scientist.json --as-of 2026-11-25
                        --format html -o ${WORK}/browser-report.html
                RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "netgap audit --format html: ${code}: ${err}")
endif()
foreach(size "1280,2000" "360,3000")
  string(REPLACE "," ";" wh ${size})
  list(GET wh 0 width)
  list(GET wh 1 height)
  set(profile ${WORK}/browser-profile-${width})
  set(shot ${WORK}/browser-report-${width}.png)
  file(REMOVE_RECURSE ${profile})
  file(REMOVE ${shot})
  execute_process(COMMAND ${CHROMIUM} --headless --no-sandbox --disable-gpu --no-first-run
                          --disable-background-networking --disable-component-update --disable-sync
                          --hide-scrollbars --force-device-scale-factor=1 --user-data-dir=${profile}
                          --screenshot=${shot} --window-size=${size} file://${WORK}/browser-report.html
                  RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE err TIMEOUT 120)
  file(REMOVE_RECURSE ${profile})
  if(NOT code EQUAL 0 OR NOT EXISTS ${shot})
    message(FATAL_ERROR "chromium --screenshot at ${size}: ${code}: ${err}")
  endif()
  execute_process(COMMAND ${PNG_CHECK} ${shot} ${width} ${height} RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${shot}: not the page expected")
  endif()
endforeach()
