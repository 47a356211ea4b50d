#include "bytecode/encoder.h"

#include <string>

#include "bytecode/opcode_info.h"

namespace kilopy {

size_t CodeBuffer::emit(Op op, const int32_t* operands, size_t count) {
  const OpInfo& info = op_info(op);
  std::string kinds = info.kinds;
  if (count != kinds.size())
    throw EncodeError(std::string(info.name) + " takes " + std::to_string(kinds.size()) +
                      " operands, got " + std::to_string(count));
  size_t at = bytes_.size();
  bytes_.push_back(op);
  for (size_t i = 0; i < count; ++i) {
    int32_t value = operands[i];
    char kind = kinds[i];
    if (operand_size(kind) == 2) {
      if (value < -32768 || value > 32767)
        throw EncodeError(std::string(info.name) + ": operand " + std::to_string(value) +
                          " does not fit in 16 bits");
      bytes_.push_back(uint8_t(value & 0xff));
      bytes_.push_back(uint8_t((value >> 8) & 0xff));
    } else {
      if (value < 0 || value > 255)
        throw EncodeError(std::string(info.name) + ": operand " + std::to_string(value) +
                          " does not fit in a byte");
      bytes_.push_back(uint8_t(value));
    }
  }
  return at;
}

void CodeBuffer::patch_jump(size_t at, size_t target) {
  const OpInfo& info = op_info(bytes_[at]);
  size_t field = at + info.size - 2;  // the jump offset is always the last operand
  long offset = long(target) - long(at + info.size);
  if (offset < -32768 || offset > 32767)
    throw EncodeError("jump of " + std::to_string(offset) + " bytes does not fit in 16 bits");
  bytes_[field] = uint8_t(offset & 0xff);
  bytes_[field + 1] = uint8_t((offset >> 8) & 0xff);
}

}  // namespace kilopy
