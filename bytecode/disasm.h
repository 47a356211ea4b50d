// `kilopy dis`: a readable listing of an image, one instruction a line, with source lines
// from the debug section when the source file can be read.
#pragma once

#include <string>
#include <vector>

#include "bytecode/image.h"

namespace kilopy {

// `image_bytes` is the encoded size (for the header line); `source` the program text or "";
// `module_sources` the texts of the image's module files (Image::module_files), where known.
std::string disassemble(const Image& image, size_t image_bytes, const std::string& source,
                        const std::vector<std::string>& module_sources = {});

}  // namespace kilopy
