#include "frontend/compile.h"

#include <algorithm>
#include <memory>

#include "frontend/codegen.h"
#include "frontend/counter_updates.h"
#include "frontend/call_copies.h"
#include "frontend/closures.h"
#include "frontend/desugar.h"
#include "frontend/diagnostic.h"
#include "frontend/exception_names.h"
#include "frontend/fnvalues.h"
#include "frontend/generators.h"
#include "frontend/inline.h"
#include "frontend/link.h"
#include "frontend/nested.h"
#include "frontend/object_membership.h"
#include "frontend/program.h"
#include "frontend/records.h"
#include "frontend/webs.h"

namespace kilopy {

namespace {

// Names as the image's debug section shows them: `module.name` (a replaced def's number
// dropped), a hidden one `name#group#n`.
std::string dotted(std::string name) {
  name = name.substr(0, name.find(kDefSep));
  for (char& c : name) {
    if (c == kModuleSep) c = '.';
    if (c == kHiddenSep) c = '#';
  }
  return name;
}

// The code of module into image, with its classes of one instance flattened if flatten
// (classes.cpp); false if flatten and there is none.
bool generate(Module& module, const CompileOptions& options, bool flatten, Image& image) {
  Program program;
  program.int_bits = options.int_bits;
  fold_default_values(module, options.int_bits);
  closures_as_objects(module);
  globalize_class_variables(module, program);
  take_classes(module, program);
  if (flatten && !flatten_single_instances(module, program)) return false;
  lift_nested_functions(module);
  collect_scopes(module, program);
  narrow_none_tests(module, program);
  type_methods(program);
  find_function_sets(program);
  infer_types(program);
  fold_constants(program);
  check_definite_assignment(program);
  propagate_constants(program);
  image = generate_code(program);
  return true;
}

Module copy_module(const Module& m) {
  Module out{m.filename, m.source, {}};
  for (const StmtPtr& s : m.body) out.body.push_back(copy_stmt(*s));
  return out;
}

// The image of a linked module (changed by the passes).
Image build(Module& module, const CompileOptions& options) {
  specialize_function_values(module);
  fold_default_values(module, options.int_bits);  // before the drop: a def's defaults run whether it is called or not
  drop_uncalled_functions(module);
  refuse_function_values(module);
  Module flat = copy_module(module);
  Image image;
  generate(module, options, false, image);
  // The flattened program only where the program as written compiles, so every refusal is
  // the one for the program as written; a refusal of the flattened one keeps the other.
  try {
    Image flat_image;
    if (generate(flat, options, true, flat_image)) image = std::move(flat_image);
  } catch (const CompileError&) {
  }
  return image;
}

// True if keys has one for the call at `call`.
bool has_key(const std::vector<ObjectKey>& keys, SourceLoc call) {
  return std::any_of(keys.begin(), keys.end(), [&](const ObjectKey& k) { return same_place(k.call, call); });
}

// compile_source with `keys` given to their calls. A refused sort of objects whose class
// orders them by a key not among them leaves as thrown (types.cpp refuse_object_order).
Image compile_with_keys(const std::string& filename, const std::string& source, const CompileOptions& options,
                        const std::vector<ObjectKey>& keys) {
  LinkedProgram linked;
  try {
    link_program(filename, source, options.search_path, keys, linked);
    separate_exception_names(linked.module);
    inline_generators(linked.module);
    // A variable refused for holding two types is split into its webs, or a call that gives a
    // parameter a second type made to call a copy of its function, and the program built again
    // from the linked module, until it compiles or the refused one cannot be split or copied. A
    // type error inside a def's body makes the last of its calls call a copy, the same way: the
    // calls together may have given its parameters types that no one call gives.
    Module linked_copy = copy_module(linked.module);
    CallCopies copies;
    for (const GenericHelper& h : kGenericHelpers)
      copy_each_call(linked_copy, std::string(h.module) + kModuleSep + h.function, copies);
    linked.module = copy_module(linked_copy);
    std::unique_ptr<CompileError> body_error;  // the first error in a body tried on copies
    unsigned copy_rounds = 0;
    std::vector<SourceLoc> refused_calls;  // the calls whose parameters were refused, in order
    constexpr unsigned kMaxCopyRounds = 64;  // rebuilds for call copies: each is a whole compile
    Image image;
    for (;;) {
      try {
        image = build(linked.module, options);
        break;
      } catch (const CompileError& e) {
        if (e.object_key.body && !has_key(keys, e.object_key.call)) throw;
        if (!e.record_keys.empty() && make_record(linked_copy, e.record_keys)) {
          // a dict display whose values differ in type: such displays become records
        } else if (e.membership_at.line && call_membership_loop(linked_copy, e.membership_at)) {
          // x in xs of objects whose class defines __eq__: a loop
        } else if (e.counter_update_at.line && loop_counter_update(linked_copy, e.counter_update_at, e.counter_update_pairs)) {
          // Counter.update(xs): a loop
        } else if (e.variable.empty()) {  // maybe an error in a body whose calls give it mixed types
          if (e.in_body.empty() || ++copy_rounds > kMaxCopyRounds || !copy_last_call(linked_copy, e.in_body, copies)) {
            if (body_error) throw *body_error;  // the program as written is refused for that one
            throw;
          }
          if (!body_error) body_error = std::make_unique<CompileError>(e);
        } else if (!split_webs(linked_copy, e.variable, e.variable_at)) {
          // A call refused again after its callee was copied: another call passing the same
          // variable typed it; that one calls a copy first.
          bool again = !e.callee.empty() && !e.argument.empty() &&
                       std::any_of(refused_calls.begin(), refused_calls.end(), [&](SourceLoc c) { return same_place(c, e.call_at); });
          if (!e.callee.empty()) refused_calls.push_back(e.call_at);
          if (e.callee.empty() || ++copy_rounds > kMaxCopyRounds ||
              !((again && copy_call_passing(linked_copy, e.caller, e.argument, e.call_at, copies)) ||
                call_next_copy(linked_copy, e.callee, e.caller, e.call_at, copies)))
            throw;
        }
      }
      linked.module = copy_module(linked_copy);
    }
    inline_functions(image);
    for (FunctionInfo& f : image.functions) f.name = dotted(f.name);
    for (std::string& g : image.global_names) g = dotted(g);
    for (size_t i = 1; i < linked.files.size(); ++i) image.module_files.push_back(linked.files[i].path);
    return image;
  } catch (const CompileError& e) {
    if (e.object_key.body && !has_key(keys, e.object_key.call)) throw;
    CompileError located(e.loc, display_names(e.what()));
    for (const Diagnostic& d : e.more) located.more.push_back(Diagnostic{d.loc, display_names(d.message)});
    size_t file = e.loc.file < linked.files.size() ? e.loc.file : 0;
    located.filename = file < linked.files.size() ? linked.files[file].path : filename;
    located.source = file < linked.files.size() ? linked.files[file].source : source;
    throw located;
  }
}

}  // namespace

// A sort, min() or max() of objects whose class orders them by a key (`return k(self) <
// k(other)`) is refused by types.cpp with that key; the program is compiled again, from its
// source, with key= it at that call, until no such refusal is left.
Image compile_source(const std::string& filename, const std::string& source, const CompileOptions& options) {
  std::vector<ObjectKey> keys;
  for (;;) {
    try {
      return compile_with_keys(filename, source, options, keys);
    } catch (const CompileError& e) {
      if (!e.object_key.body || has_key(keys, e.object_key.call)) throw;
      keys.push_back(e.object_key);
    }
  }
}

}  // namespace kilopy
