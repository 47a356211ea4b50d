// Recursive descent over the token vector from tokenize(). One function per grammar level,
// following Python 3.11's precedence. Every construct kilopy rejects at parse time gets its own
// message at the construct's first token; other mistakes follow CPython's wording.
// Recursion is bounded by kMaxNestingDepth (DepthGuard), so no input overflows the stack.

#include "frontend/parser.h"

#include "frontend/link.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "frontend/desugar.h"
#include "frontend/nonlocal.h"
#include "frontend/private_names.h"
#include "frontend/shared_defaults.h"
#include "frontend/star_args.h"
#include "frontend/stop_iteration.h"
#include "frontend/diagnostic.h"
#include "frontend/format.h"
#include "frontend/lexer.h"
#include "frontend/link.h"

namespace kilopy {

// Where an expression holds `yield` (x = yield v, f((yield v))).
constexpr const char* kYieldExpression =
    "yield is supported in kilopy only as a statement (`yield v` in a generator a for loop consumes), not as an expression: write `yield v` on a line of its own";
namespace {

constexpr int kLinksPerLevel = 10;  // chain links per nesting level (ChainGuard)

// How deep the parse is: nested expressions and blocks, and the levels elif chains take.
struct Nesting {
  int depth = 0;
  int elif_levels = 0;  // of depth
};

[[noreturn]] void too_deep(const Nesting& n, SourceLoc loc) {
  std::string limit = "kilopy's limit is " + std::to_string(kMaxNestingDepth) + " levels";
  if (n.elif_levels == 0) throw CompileError(loc, "too deeply nested (" + limit + ")");
  throw CompileError(loc, "too deeply nested (" + limit + "; an elif chain counts one level per " +
                              std::to_string(kLinksPerLevel) +
                              " branches): look the value up in a list, or split the chain into functions");
}

// Counts one nesting level for its lifetime; throws beyond kMaxNestingDepth.
class DepthGuard {
 public:
  DepthGuard(Nesting& n, SourceLoc loc) : n_(n) {
    if (n_.depth >= kMaxNestingDepth) too_deep(n_, loc);
    ++n_.depth;
  }
  ~DepthGuard() { --n_.depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Nesting& n_;
};

// A left-associative chain (a + b + c ..., f()()..., a.b.c ...) nests one node per link, and so
// does an elif chain (each elif is an if in the else of the one before, ast.h); every
// kLinksPerLevel links count as one nesting level, so no tree, however it is built, gets deeper
// than about kMaxNestingDepth * kLinksPerLevel nodes.
class ChainGuard {
 public:
  explicit ChainGuard(Nesting& n, bool elif = false) : n_(n), elif_(elif) {}
  void link(SourceLoc loc) {
    if (++links_ % kLinksPerLevel != 0) return;
    if (n_.depth >= kMaxNestingDepth) {
      if (elif_) ++n_.elif_levels;  // name the elif chain in the message
      too_deep(n_, loc);
    }
    ++n_.depth;
    ++levels_;
    if (elif_) ++n_.elif_levels;
  }
  ~ChainGuard() {
    n_.depth -= levels_;
    if (elif_) n_.elif_levels -= levels_;
  }
  ChainGuard(const ChainGuard&) = delete;
  ChainGuard& operator=(const ChainGuard&) = delete;

 private:
  Nesting& n_;
  bool elif_;
  int links_ = 0, levels_ = 0;
};

ExprPtr make_expr(ExprKind kind, SourceLoc loc) { return std::make_unique<Expr>(kind, loc); }
StmtPtr make_stmt(StmtKind kind, SourceLoc loc) { return std::make_unique<Stmt>(kind, loc); }

bool is_open_bracket(Tok k) { return k == Tok::LParen || k == Tok::LBracket || k == Tok::LBrace; }
bool is_close_bracket(Tok k) { return k == Tok::RParen || k == Tok::RBracket || k == Tok::RBrace; }

// True if annotation a types values that == compares as CPython's `x is y or x == y` does (a
// dataclass's __eq__): int, str, bool, None, and Optional, unions and tuples of them.
bool scalar_annotation(const Expr& a) {
  if (a.kind == ExprKind::None) return true;
  if (a.kind == ExprKind::Name) return a.text == "int" || a.text == "str" || a.text == "bool";
  if (a.kind == ExprKind::Binary && a.bin_op == BinOp::BitOr)
    return scalar_annotation(*a.operands[0]) && scalar_annotation(*a.operands[1]);
  if (a.kind != ExprKind::Subscript || a.operands[0]->kind != ExprKind::Name) return false;
  const std::string& g = a.operands[0]->text;
  if (g != "Optional" && g != "tuple" && g != "Tuple" && g != "Union") return false;
  const Expr& args = *a.operands[1];
  if (args.kind != ExprKind::Tuple) return scalar_annotation(args);
  for (const ExprPtr& x : args.operands)
    if (!scalar_annotation(*x)) return false;
  return true;
}

// True if annotation a may type a value that holds an object of a class: a name other than a
// builtin type's or typing's, or a forward reference ("Node"), anywhere inside it.
bool may_hold_object(const Expr& a) {
  static const std::set<std::string> plain = {"int", "str", "bool", "float", "list", "List", "dict", "Dict", "tuple",
                                              "Tuple", "set", "Set", "Optional", "Union", "deque", "None"};
  if (a.kind == ExprKind::Str) return true;
  if (a.kind == ExprKind::Name) return !plain.count(a.text);
  bool any = false;
  for (const ExprPtr& o : a.operands) any = any || (o && may_hold_object(*o));
  return any;
}

// Tokens that can begin an expression (used to tell a trailing comma from another element).
bool starts_expression(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Int: case Tok::String: case Tok::FString: case Tok::LParen: case Tok::LBracket:
    case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::Star:
    case Tok::Ellipsis: case Tok::KwNot: case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone:
    case Tok::KwLambda: case Tok::KwAwait: case Tok::KwYield:
      return true;
    default:
      return false;
  }
}

bool augmented_op(Tok k, BinOp* op) {
  switch (k) {
    case Tok::PlusEqual: *op = BinOp::Add; return true;
    case Tok::MinusEqual: *op = BinOp::Sub; return true;
    case Tok::StarEqual: *op = BinOp::Mul; return true;
    case Tok::SlashEqual: *op = BinOp::Div; return true;
    case Tok::DoubleSlashEqual: *op = BinOp::FloorDiv; return true;
    case Tok::PercentEqual: *op = BinOp::Mod; return true;
    case Tok::AtEqual: *op = BinOp::MatMul; return true;
    case Tok::DoubleStarEqual: *op = BinOp::Pow; return true;
    case Tok::LShiftEqual: *op = BinOp::LShift; return true;
    case Tok::RShiftEqual: *op = BinOp::RShift; return true;
    case Tok::AmperEqual: *op = BinOp::BitAnd; return true;
    case Tok::VBarEqual: *op = BinOp::BitOr; return true;
    case Tok::CaretEqual: *op = BinOp::BitXor; return true;
    default: return false;
  }
}

// Binary operator levels from loosest to tightest: | ^ & (<< >>) (+ -) (* / // % @).
constexpr int kBinaryLevels = 6;

bool binary_op(Tok k, int level, BinOp* op) {
  switch (level) {
    case 0: if (k == Tok::VBar) { *op = BinOp::BitOr; return true; } return false;
    case 1: if (k == Tok::Caret) { *op = BinOp::BitXor; return true; } return false;
    case 2: if (k == Tok::Amper) { *op = BinOp::BitAnd; return true; } return false;
    case 3:
      if (k == Tok::LShift) { *op = BinOp::LShift; return true; }
      if (k == Tok::RShift) { *op = BinOp::RShift; return true; }
      return false;
    case 4:
      if (k == Tok::Plus) { *op = BinOp::Add; return true; }
      if (k == Tok::Minus) { *op = BinOp::Sub; return true; }
      return false;
    default:
      switch (k) {
        case Tok::Star: *op = BinOp::Mul; return true;
        case Tok::Slash: *op = BinOp::Div; return true;
        case Tok::DoubleSlash: *op = BinOp::FloorDiv; return true;
        case Tok::Percent: *op = BinOp::Mod; return true;
        case Tok::At: *op = BinOp::MatMul; return true;
        default: return false;
      }
  }
}

// What CPython calls an expression that cannot be assigned to ("cannot assign to %s").
const char* target_description(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Int: case ExprKind::Str: return "literal";
    case ExprKind::Bool: return e.bool_value ? "True" : "False";
    case ExprKind::None: return "None";
    case ExprKind::Call: return "function call";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: return "list";
    default: return "expression";
  }
}

void relocate(Expr& e, SourceLoc at);
void relocate(Stmt& s, SourceLoc at);

class Parser {
 public:
  // errors: where a parse that reports every error notes them (see statement()), or null.
  explicit Parser(std::vector<Token> tokens, std::vector<Diagnostic>* errors = nullptr)
      : toks_(std::move(tokens)), errors_(errors) {}

  std::vector<StmtPtr> parse_file() {
    std::vector<StmtPtr> body;
    while (!at(Tok::EndMarker)) statement(body);
    return body;
  }

  // An f-string field's expression, `text` at `at`, tokenized as "(" text ")": one expression,
  // nothing after it. Its parser continues this one's numbering of lambdas and map's items, and
  // its lambdas go before this statement.
  ExprPtr parse_field(const std::string& text, SourceLoc at) {
    try {
      Parser sub(tokenize("(" + text + ")"));
      sub.lambda_count_ = lambda_count_;
      sub.item_count_ = item_count_;
      sub.in_lambda_ = in_lambda_;
      ExprPtr e = sub.parse_test();
      if (sub.at(Tok::Comma)) sub.fail(sub.cur().loc, "a tuple in an f-string field is not supported in kilopy: format each value");
      relocate(*e, at);
      lambda_count_ = sub.lambda_count_;
      item_count_ = sub.item_count_;
      for (StmtPtr& l : sub.lambdas_) relocate(*l, at), lambdas_.push_back(std::move(l));
      return e;
    } catch (CompileError& err) {
      SourceLoc l = err.loc;
      if (l.line == 1) l.col = l.col > 1 ? l.col - 2 + at.col : at.col;
      l.line = l.line == 0 ? at.line : l.line - 1 + at.line;
      throw CompileError(l, err.what());
    }
  }

 private:
  bool in_class_body_ = false;  // parsing the statements of a class body (its methods' bodies are not)
  // A dataclass's field: its name, annotation and default (as written, or field(default=v)'s v).
  struct DataclassField {
    std::string name;
    ExprPtr annotation, default_value;
    ExprPtr factory;  // field(default_factory=F): F(), made in each __init__ call that is not given the field
    SourceLoc loc;
    bool scalar = false;     // ints, strs, bools, None, tuples of them: == alone compares them as `is or ==`
    bool inherited = false;  // a base dataclass's, not given again
  };
  static DataclassField copy_field(const DataclassField& f) {
    DataclassField g;
    g.name = f.name;
    g.annotation = copy_expr(*f.annotation);
    if (f.default_value) g.default_value = copy_expr(*f.default_value);
    if (f.factory) g.factory = copy_expr(*f.factory);
    g.loc = f.loc;
    g.scalar = f.scalar;
    g.inherited = f.inherited;
    return g;
  }
  // The classes of this file parsed so far: their base (empty: none), their methods' names and,
  // for a dataclass, its fields in order (a derived dataclass starts with them).
  struct ParsedClass {
    std::string base;
    std::set<std::string> methods;
    bool dataclass = false, frozen = false;
    std::vector<DataclassField> fields;
    // Its own class attributes of constant values (`size = 3`; a dataclass's field defaults),
    // which a derived dataclass's field written without a value takes as its default.
    std::map<std::string, ExprPtr> attributes;
  };
  std::map<std::string, ParsedClass> classes_;
  int handler_depth_ = 0;  // the except blocks around the statement being parsed (in its function)
  std::vector<std::string> handled_names_;  // the `as` names of those blocks, innermost last
  std::vector<StmtPtr> lambdas_;  // the lambdas passed as arguments in the statement being parsed
  int def_depth_ = 0;             // the defs around the statement being parsed
  int match_count_ = 0;           // the match statements so far (their hidden names)
  unsigned lambda_count_ = 0;
  int in_lambda_ = 0;  // parsing a lambda argument's body
  bool in_annotation_ = false;  // parsing an annotation: `...` is a name there (tuple[int, ...])

  // An annotation: an expression in which `...` reads as the Name "..." (types.cpp's
  // annotation_type takes it in tuple[T, ...]).
  ExprPtr parse_annotation() {
    bool outer = in_annotation_;
    in_annotation_ = true;
    ExprPtr a = parse_test();
    in_annotation_ = outer;
    return a;
  }
  unsigned item_count_ = 0;  // map's and filter's item variables made
  // --- token access ---------------------------------------------------------------------
  const Token& cur() const { return toks_[pos_]; }
  const Token& peek() const { return pos_ + 1 < toks_.size() ? toks_[pos_ + 1] : toks_.back(); }
  bool at(Tok k) const { return cur().kind == k; }
  void advance() {
    if (pos_ + 1 < toks_.size()) ++pos_;
  }
  bool accept(Tok k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  [[noreturn]] void fail(SourceLoc loc, const std::string& message) const {
    throw CompileError(loc, message);
  }
  [[noreturn]] void syntax_error() const { fail(cur().loc, "invalid syntax"); }
  void expect(Tok k) {
    if (!accept(k)) syntax_error();
  }
  void expect_colon() {
    if (!accept(Tok::Colon)) fail(cur().loc, "expected ':'");
  }

  // --- statements -------------------------------------------------------------------------
  // One statement; reporting every error, a statement that fails is noted and skipped whole
  // (its line, its block, and a compound statement's elif/else/except/finally clauses), and
  // parsing goes on with the next one, until kMaxErrors.
  // The lambdas passed as arguments in a statement become defs before it (fnvalues.cpp moves
  // them to the top level).
  void statement(std::vector<StmtPtr>& out) {
    std::vector<StmtPtr> outer = std::move(lambdas_);
    lambdas_.clear();
    size_t at = out.size();
    if (!errors_) {
      parse_statement(out);
    } else {
      size_t start = pos_;
      try {
        parse_statement(out);
      } catch (const CompileError& e) {
        if (errors_->size() >= kMaxErrors) throw;  // unwinding after the last one
        errors_->push_back(Diagnostic{e.loc, e.what()});
        if (errors_->size() >= kMaxErrors) throw;
        skip_statement(start);
        lambdas_.clear();
        in_lambda_ = 0;
      }
    }
    out.insert(out.begin() + at, std::make_move_iterator(lambdas_.begin()), std::make_move_iterator(lambdas_.end()));
    lambdas_ = std::move(outer);
  }

  void skip_statement(size_t start) {
    pos_ = start;
    Tok first = cur().kind;
    if (first == Tok::Indent) return skip_block();  // an unexpected indent: the whole block
    skip_line();
    bool compound = first == Tok::KwIf || first == Tok::KwWhile || first == Tok::KwFor || first == Tok::KwDef ||
                    first == Tok::KwClass || first == Tok::KwTry || first == Tok::KwWith || first == Tok::KwAsync ||
                    first == Tok::At || (first == Tok::Name && toks_[start].text == "match");
    while (compound && (at(Tok::KwElif) || at(Tok::KwElse) || at(Tok::KwExcept) || at(Tok::KwFinally))) skip_line();
  }

  // The rest of a logical line and the block under it, if any.
  void skip_line() {
    while (!at(Tok::Newline) && !at(Tok::EndMarker)) advance();
    accept(Tok::Newline);
    if (at(Tok::Indent)) skip_block();
  }

  void skip_block() {  // from an INDENT to its DEDENT
    int depth = 0;
    do {
      if (at(Tok::Indent)) ++depth;
      if (at(Tok::Dedent)) --depth;
      advance();
    } while (depth > 0 && !at(Tok::EndMarker));
  }

  void parse_statement(std::vector<StmtPtr>& out) {
    SourceLoc loc = cur().loc;
    switch (cur().kind) {
      case Tok::Indent: fail(loc, "unexpected indent");
      case Tok::KwIf: parse_if(out); return;
      case Tok::KwWhile: out.push_back(parse_while()); return;
      case Tok::KwFor: out.push_back(parse_for()); return;
      case Tok::KwDef: out.push_back(parse_def()); return;
      case Tok::KwClass: parse_class(out); return;
      case Tok::KwTry: out.push_back(parse_try()); return;
      case Tok::KwWith: fail(loc, "with statements are not supported");
      case Tok::KwAsync: fail(loc, "async and await are not supported");
      case Tok::At:
        if (peek().kind == Tok::Name && peek().text == "dataclass" && !in_class_body_) {
          parse_dataclass(out);
          return;
        }
        out.push_back(parse_decorated_method());
        return;
      case Tok::Name:
        if (looks_like_match()) {
          parse_match(out);
          return;
        }
        if (peek().kind == Tok::Assign && pos_ + 2 < toks_.size() && toks_[pos_ + 2].kind == Tok::KwLambda) {
          out.push_back(parse_named_lambda());
          if (accept(Tok::Semi) && !at(Tok::Newline)) return parse_simple_statements(out);  // f = lambda: 1; g()
          if (!accept(Tok::Newline)) syntax_error();
          return;
        }
        break;
      default:
        break;
    }
    parse_simple_statements(out);
  }

  // The soft keyword: `match <subject>:` at the start of a line ending in ':'.
  bool looks_like_match() const {
    if (cur().text != "match" || peek().kind == Tok::Colon || peek().kind == Tok::Newline) return false;
    int depth = 0;
    for (size_t i = pos_; i + 1 < toks_.size(); ++i) {
      Tok k = toks_[i].kind;
      if (is_open_bracket(k)) ++depth;
      if (is_close_bracket(k)) --depth;
      if (toks_[i + 1].kind == Tok::Newline) return depth == 0 && k == Tok::Colon;
    }
    return false;
  }

  void parse_simple_statements(std::vector<StmtPtr>& out) {
    for (;;) {
      out.push_back(parse_simple_statement());
      if (!accept(Tok::Semi) || at(Tok::Newline)) break;
    }
    if (!accept(Tok::Newline)) syntax_error();
  }

  StmtPtr parse_simple_statement() {
    SourceLoc loc = cur().loc;
    switch (cur().kind) {
      case Tok::KwPass: advance(); return make_stmt(StmtKind::Pass, loc);
      case Tok::KwBreak: advance(); return make_stmt(StmtKind::Break, loc);
      case Tok::KwContinue: advance(); return make_stmt(StmtKind::Continue, loc);
      case Tok::KwReturn: {
        advance();
        StmtPtr s = make_stmt(StmtKind::Return, loc);
        if (!at(Tok::Newline) && !at(Tok::Semi)) s->value = parse_tuple_or_test();
        return s;
      }
      case Tok::KwGlobal: return parse_declaration(StmtKind::Global, loc);
      case Tok::KwAssert: {
        advance();
        StmtPtr s = make_stmt(StmtKind::Assert, loc);
        s->value = parse_test();
        if (accept(Tok::Comma)) s->msg = parse_test();
        if (!s->msg || s->msg->kind == ExprKind::Str) return s;
        // A message computed at run time: `if not test: raise AssertionError(str(msg))`, which
        // evaluates it only when the test fails and shows it as CPython's str() of it.
        StmtPtr check = make_stmt(StmtKind::If, loc);
        check->value = make_expr(ExprKind::Unary, s->value->loc);
        check->value->unary_op = UnaryOp::Not;
        check->value->operands.push_back(std::move(s->value));
        SourceLoc at = s->msg->loc;
        ExprPtr text = make_expr(ExprKind::Call, at);
        text->callee = make_expr(ExprKind::Name, at);
        text->callee->text = "str";
        text->operands.push_back(std::move(s->msg));
        text->exception_args = true;  // CPython makes the text when it shows the exception (types.cpp)
        StmtPtr raise = make_stmt(StmtKind::Raise, loc);
        raise->names.push_back("AssertionError");
        raise->name_locs.push_back(loc);
        raise->value = make_expr(ExprKind::Call, loc);
        raise->value->callee = make_expr(ExprKind::Name, loc);
        raise->value->callee->text = "AssertionError";
        raise->value->operands.push_back(std::move(text));
        check->body.push_back(std::move(raise));
        return check;
      }
      case Tok::KwRaise: return parse_raise();
      case Tok::KwYield: return parse_yield();
      case Tok::KwDel: {  // del t, ...: the targets, each checked as an assignment's
        advance();
        StmtPtr s = make_stmt(StmtKind::Del, loc);
        do {
          if (at(Tok::Newline) || at(Tok::Semi)) break;
          s->targets.push_back(parse_element());
          check_target(*s->targets.back());
          if (s->targets.back()->kind != ExprKind::Subscript)
            fail(s->targets.back()->loc, "del of a name or an attribute is not supported in kilopy (del xs[i] and del xs[a:b] are)");
        } while (accept(Tok::Comma));
        if (s->targets.empty()) syntax_error();
        return s;
      }
      case Tok::KwNonlocal: return parse_declaration(StmtKind::Nonlocal, loc);
      case Tok::KwFrom: return parse_from_import(loc);
      case Tok::KwImport: return parse_import(loc);
      default: return parse_expression_statement();
    }
  }

  // `global a, b` or `nonlocal a, b` (kind): the names.
  StmtPtr parse_declaration(StmtKind kind, SourceLoc loc) {
    advance();
    StmtPtr s = make_stmt(kind, loc);
    do {
      if (!at(Tok::Name)) syntax_error();
      s->names.push_back(cur().text);
      advance();
    } while (accept(Tok::Comma));
    return s;
  }

  // A module name in an import: one identifier (packages and relative imports are refused).
  std::string parse_module_name() {
    if (at(Tok::Dot) || at(Tok::Ellipsis))
      fail(cur().loc, "relative imports are not supported in kilopy: import the module by its name");
    if (!at(Tok::Name)) syntax_error();
    std::string name = cur().text;
    SourceLoc loc = cur().loc;
    advance();
    if (at(Tok::Dot)) fail(loc, "packages are not supported in kilopy: '" + name + ".' names a package; import a module file");
    return name;
  }

  // ` [as alias]` after an imported name: appends the alias (the name itself without one).
  void parse_alias(Stmt& s) {
    if (!accept(Tok::KwAs)) {
      s.aliases.push_back(s.names.back());
      return;
    }
    if (!at(Tok::Name)) syntax_error();
    s.aliases.push_back(cur().text);
    advance();
  }

  // import m [as n], k ...: one Import statement with an empty `name`.
  StmtPtr parse_import(SourceLoc loc) {
    advance();
    StmtPtr s = make_stmt(StmtKind::Import, loc);
    do {
      s->name_locs.push_back(cur().loc);
      s->names.push_back(parse_module_name());
      parse_alias(*s);
    } while (accept(Tok::Comma));
    return s;
  }

  // from m import f [as g], ... (optionally in parentheses): `name` is the module.
  StmtPtr parse_from_import(SourceLoc loc) {
    advance();
    StmtPtr s = make_stmt(StmtKind::Import, loc);
    s->module_loc = cur().loc;
    s->name = parse_module_name();
    expect(Tok::KwImport);
    if (at(Tok::Star))
      fail(cur().loc, "'from " + s->name + " import *' is not supported in kilopy: name what you import (from " +
                          s->name + " import f, g)");
    bool paren = accept(Tok::LParen);
    do {
      if (paren && at(Tok::RParen)) break;
      if (!at(Tok::Name)) syntax_error();
      s->name_locs.push_back(cur().loc);
      s->names.push_back(cur().text);
      advance();
      parse_alias(*s);
    } while (accept(Tok::Comma));
    if (paren) expect(Tok::RParen);
    return s;
  }

  StmtPtr parse_expression_statement() {
    SourceLoc loc = cur().loc;
    ExprPtr first = parse_tuple_or_test();
    if (at(Tok::Colon)) return parse_annotated(loc, std::move(first));
    BinOp op;
    if (augmented_op(cur().kind, &op)) {
      switch (first->kind) {
        case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute: break;
        default:
          fail(first->loc, std::string("'") + target_description(*first) +
                               "' is an illegal expression for augmented assignment");
      }
      advance();
      StmtPtr s = make_stmt(StmtKind::AugAssign, loc);
      s->aug_op = op;
      s->target = std::move(first);
      s->value = parse_rhs();
      return s;
    }
    if (!at(Tok::Assign)) {
      StmtPtr s = make_stmt(StmtKind::Expr, loc);
      s->value = std::move(first);
      return s;
    }
    StmtPtr s = make_stmt(StmtKind::Assign, loc);
    s->targets.push_back(std::move(first));
    while (accept(Tok::Assign)) s->targets.push_back(parse_rhs());
    s->value = std::move(s->targets.back());
    s->targets.pop_back();
    for (const ExprPtr& t : s->targets) check_target(*t);
    unpack_map(*s);
    return s;
  }

  // `a, b, c = map(f, xs)`: `a, b, c = [f(v) for v in xs[:4]]`: f runs on the items unpacking takes
  // (one more than the targets, which makes CPython's "too many values"), in order, and the
  // unpacking raises what CPython's does. xs is sliced, so a list, a tuple or a str. With a
  // starred target (`*feats, label = map(int, parts)`) unpacking takes every item: no slice.
  void unpack_map(Stmt& s) {
    if (s.targets.size() != 1 || !is_map_call(*s.value) || s.value->callee->text != "map") return;
    const Expr& t = *s.targets[0];
    if (t.kind != ExprKind::Tuple && t.kind != ExprKind::List) return;
    Expr& call = *s.value;
    if (std::any_of(t.operands.begin(), t.operands.end(), [](const ExprPtr& o) { return o->starred_target; })) {
      s.value = map_as_generator(call);
      s.value->kind = ExprKind::ListComp;
      return;
    }
    SourceLoc at = call.operands[1]->loc;
    ExprPtr slice = make_expr(ExprKind::Slice, at);
    slice->operands.push_back(make_expr(ExprKind::None, at));
    slice->operands.push_back(make_expr(ExprKind::Int, at));
    slice->operands.back()->int_value = int64_t(t.operands.size()) + 1;
    slice->operands.back()->int_text = std::to_string(t.operands.size() + 1);
    slice->operands.push_back(make_expr(ExprKind::None, at));
    ExprPtr items = make_expr(ExprKind::Subscript, at);
    items->operands.push_back(std::move(call.operands[1]));
    items->operands.push_back(std::move(slice));
    call.operands[1] = std::move(items);
    ExprPtr comp = map_as_generator(call);
    comp->kind = ExprKind::ListComp;
    s.value = std::move(comp);
  }

  // `x: T` or `x: T = value` (CPython's annotated assignment: one target, no chain).
  StmtPtr parse_annotated(SourceLoc loc, ExprPtr target) {
    if (target->kind != ExprKind::Name) {
      if (target->kind == ExprKind::Tuple) fail(target->loc, "only single target (not tuple) can be annotated");
      if (target->kind != ExprKind::Subscript && target->kind != ExprKind::Attribute)
        fail(target->loc, "illegal target for annotation");
      if (target->kind == ExprKind::Subscript)
        fail(target->loc, "kilopy annotates only names (x: int = 0) and fields (self.x: int = 0), not an element: annotate "
                          "the list where it is assigned (xs: list[int] = ...)");
    }
    advance();  // ':'
    ExprPtr annotation = parse_annotation();
    if (target->kind == ExprKind::Attribute && !at(Tok::Assign))
      fail(target->loc, "an annotated field without a value (self.x: int) assigns nothing: give it its value (self.x: int = 0)");
    if (!accept(Tok::Assign)) {
      StmtPtr s = make_stmt(StmtKind::Declare, loc);
      s->target = std::move(target);
      s->annotation = std::move(annotation);
      return s;
    }
    StmtPtr s = make_stmt(StmtKind::Assign, loc);
    s->targets.push_back(std::move(target));
    s->annotation = std::move(annotation);
    s->value = parse_rhs();
    return s;
  }

  ExprPtr parse_rhs() {
    if (at(Tok::KwYield)) fail(cur().loc, kYieldExpression);
    return parse_tuple_or_test();
  }

  void check_target(const Expr& e, bool in_sequence = false) const {
    if (e.starred_target && !in_sequence) fail(e.loc, "starred assignment target must be in a list or tuple");
    switch (e.kind) {
      case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute: return;
      case ExprKind::Tuple: case ExprKind::List: {
        const Expr* star = nullptr;
        for (const ExprPtr& el : e.operands) {
          if (el->starred_target && star) fail(el->loc, "multiple starred expressions in assignment");
          if (el->starred_target) star = el.get();
          check_target(*el, true);
        }
        return;
      }
      default:
        fail(e.loc, std::string("cannot assign to ") + target_description(e));
    }
  }

  std::vector<StmtPtr> parse_block(const std::string& what, SourceLoc header) {
    std::vector<StmtPtr> body;
    if (!accept(Tok::Newline)) {  // a suite on the header's line: `if x: y = 1`
      parse_simple_statements(body);
      return body;
    }
    if (!at(Tok::Indent)) {
      fail(cur().loc, "expected an indented block after " + what + " on line " +
                          std::to_string(header.line));
    }
    DepthGuard guard(depth_, cur().loc);
    advance();
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) statement(body);
    accept(Tok::Dedent);
    return body;
  }

  // An if, elif or while condition. A `name := value` that CPython evaluates first (the whole
  // condition, or its first operand in parentheses: `(n := f(x)) > 0`) comes back as the
  // statement `name = value` in `assign`, and the condition reads the name; any other := is
  // refused (parse_test).
  ExprPtr parse_condition(StmtPtr& assign) {
    struct Reset {
      StmtPtr*& walrus;
      ~Reset() { walrus = nullptr; }  // after an error too
    } reset{walrus_};
    walrus_start_ = pos_;
    walrus_ = &assign;
    return parse_test();
  }

  // --- match statements (Python 3.10), as the if statements they mean -------------------------
  // `match s:` assigns s to a hidden name S once; the cases are an if/elif chain, each `case P
  // if G:` the branch `if <P matches S> and G: <P's bindings>; <the block>`, an irrefutable
  // last case the else. A guarded case that captures binds first, as CPython does before the
  // guard: `hit = <P matches S>; if hit: <bindings>`, then `if hit and G:`. Patterns: literals (==; None, True and False as
  // CPython's `is`), `_`, a capture name, dotted values (Color.RED: ==), `|` of those without
  // captures, `P as name`, sequences `[a, b, *rest]` / `(a, b)` of a list or tuple (a str is
  // no sequence here, as in CPython), and class patterns `C(x=P, ...)`, `C(P, ...)` of a
  // dataclass (its fields in order: __match_args__) or `int(n)`, `str(s)`, ... of a builtin.
  // Mapping patterns are refused.
  struct Pattern {
    ExprPtr test;                                          // null: always matches
    std::vector<std::pair<std::string, ExprPtr>> binds;    // name = value, in order
  };

  static ExprPtr and_of(ExprPtr a, ExprPtr b) {
    if (!a) return b;
    if (!b) return a;
    ExprPtr e = make_expr(ExprKind::BoolOp, a->loc);
    e->bool_op = BoolOpKind::And;
    e->op_loc = b->loc;
    e->operands.push_back(std::move(a));
    e->operands.push_back(std::move(b));
    return e;
  }

  static ExprPtr compare(ExprPtr a, CmpOp op, ExprPtr b) {
    ExprPtr e = make_expr(ExprKind::Compare, a->loc);
    e->op_loc = b->loc;
    e->cmp_ops = {op};
    e->operands.push_back(std::move(a));
    e->operands.push_back(std::move(b));
    return e;
  }

  static ExprPtr call_of(const std::string& f, std::vector<ExprPtr> args, SourceLoc at) {
    ExprPtr e = make_expr(ExprKind::Call, at);
    e->callee = make_expr(ExprKind::Name, at);
    e->callee->text = f;
    e->operands = std::move(args);
    return e;
  }

  // isinstance(subject, t) for a builtin or class name t (types.cpp knows it statically).
  static ExprPtr instance_of(const Expr& subject, ExprPtr t) {
    std::vector<ExprPtr> args;
    args.push_back(copy_expr(subject));
    args.push_back(std::move(t));
    return call_of("isinstance", std::move(args), subject.loc);
  }

  static ExprPtr names(const std::vector<std::string>& ts, SourceLoc at) {
    if (ts.size() == 1) {
      ExprPtr n = make_expr(ExprKind::Name, at);
      n->text = ts[0];
      return n;
    }
    ExprPtr tuple = make_expr(ExprKind::Tuple, at);
    for (const std::string& t : ts) tuple->operands.push_back(names({t}, at));
    return tuple;
  }

  // subject[i] (i < 0 from the end).
  static ExprPtr item_of(const Expr& subject, long i, SourceLoc at) {
    ExprPtr e = make_expr(ExprKind::Subscript, at);
    e->operands.push_back(copy_expr(subject));
    ExprPtr k = int_literal(i < 0 ? -i : i, at);
    if (i < 0) {
      ExprPtr neg = make_expr(ExprKind::Unary, at);
      neg->unary_op = UnaryOp::Neg;
      neg->op_loc = at;
      neg->operands.push_back(std::move(k));
      k = std::move(neg);
    }
    e->operands.push_back(std::move(k));
    return e;
  }

  Pattern parse_pattern(const Expr& subject) {
    Pattern p = parse_or_pattern(subject);
    if (at(Tok::KwAs)) {
      advance();
      if (!at(Tok::Name) || cur().text == "_") fail(cur().loc, "invalid pattern target");
      p.binds.emplace_back(cur().text, copy_expr(subject));
      advance();
    }
    return p;
  }

  Pattern parse_or_pattern(const Expr& subject) {
    Pattern p = parse_closed_pattern(subject);
    if (!at(Tok::VBar)) return p;
    ExprPtr any = std::move(p.test);
    bool always = !any;
    while (accept(Tok::VBar)) {
      SourceLoc at_alt = cur().loc;
      Pattern q = parse_closed_pattern(subject);
      if (!p.binds.empty() || !q.binds.empty())
        fail(at_alt, "a capture in an or-pattern (|) is not supported in kilopy: write a case for each alternative");
      always = always || !q.test;
      if (always) continue;
      ExprPtr e = make_expr(ExprKind::BoolOp, any->loc);
      e->bool_op = BoolOpKind::Or;
      e->op_loc = q.test->loc;
      e->operands.push_back(std::move(any));
      e->operands.push_back(std::move(q.test));
      any = std::move(e);
    }
    p.test = always ? nullptr : std::move(any);
    return p;
  }

  Pattern parse_closed_pattern(const Expr& subject) {
    SourceLoc loc = cur().loc;
    Pattern p;
    switch (cur().kind) {
      case Tok::Int: case Tok::String: case Tok::Minus: {
        if (at(Tok::Minus) && peek().kind != Tok::Int) syntax_error();
        ExprPtr lit = at(Tok::Minus) ? parse_factor() : parse_atom();
        if (lit->kind == ExprKind::Format) fail(loc, "patterns may only match literals and attribute lookups");
        p.test = compare(copy_expr(subject), CmpOp::Eq, std::move(lit));
        return p;
      }
      case Tok::KwNone:
        advance();
        p.test = compare(copy_expr(subject), CmpOp::Is, make_expr(ExprKind::None, loc));
        return p;
      case Tok::KwTrue: case Tok::KwFalse: {  // `is True`: a bool that is equal
        ExprPtr b = parse_atom();
        p.test = and_of(instance_of(subject, names({"bool"}, loc)), compare(copy_expr(subject), CmpOp::Eq, std::move(b)));
        return p;
      }
      case Tok::LBracket: case Tok::LParen: return parse_sequence_pattern(subject);
      case Tok::LBrace: fail(loc, "mapping patterns ({\"k\": v}) are not supported in kilopy: test the keys with `in` in an if statement");
      case Tok::Name: break;
      default: syntax_error();
    }
    std::vector<std::string> dotted{cur().text};
    advance();
    while (at(Tok::Dot) && peek().kind == Tok::Name) {
      advance();
      dotted.push_back(cur().text);
      advance();
    }
    if (at(Tok::LParen)) return parse_class_pattern(subject, dotted, loc);
    if (dotted.size() > 1) {  // a value: ==
      ExprPtr v = names({dotted[0]}, loc);
      for (size_t i = 1; i < dotted.size(); ++i) {
        ExprPtr a = make_expr(ExprKind::Attribute, loc);
        a->text = dotted[i];
        a->operands.push_back(std::move(v));
        v = std::move(a);
      }
      p.test = compare(copy_expr(subject), CmpOp::Eq, std::move(v));
      return p;
    }
    if (dotted[0] != "_") p.binds.emplace_back(dotted[0], copy_expr(subject));
    return p;
  }

  // [p, ...] or (p, ...): a list or tuple of that length (one `*rest`: at least the others),
  // each element matching its pattern; `(p)` is p.
  Pattern parse_sequence_pattern(const Expr& subject) {
    SourceLoc loc = cur().loc;
    bool list = at(Tok::LBracket);
    Tok close = list ? Tok::RBracket : Tok::RParen;
    advance();
    size_t first_tok = pos_;
    bool comma = false;
    std::vector<size_t> starts;  // where each item starts (a first pass over the tokens)
    while (!at(close)) {
      starts.push_back(pos_);
      int depth = 0;
      while (!(depth == 0 && (at(Tok::Comma) || at(close)))) {
        if (at(Tok::EndMarker) || at(Tok::Newline)) syntax_error();
        if (is_open_bracket(cur().kind)) ++depth;
        if (is_close_bracket(cur().kind)) --depth;
        advance();
      }
      if (accept(Tok::Comma)) comma = true;
    }
    size_t end_tok = pos_;
    if (!list && starts.size() == 1 && !comma) {  // (p): a group
      pos_ = first_tok;
      Pattern p = parse_pattern(subject);
      expect(close);
      return p;
    }
    size_t n = starts.size(), star = n;
    for (size_t i = 0; i < n; ++i)
      if (toks_[starts[i]].kind == Tok::Star) {
        if (star != n) fail(toks_[starts[i]].loc, "multiple starred names in sequence pattern");
        star = i;
      }
    Pattern p;
    std::vector<ExprPtr> kinds;
    kinds.push_back(names({"list"}, loc));
    kinds.push_back(names({"tuple"}, loc));
    ExprPtr both = make_expr(ExprKind::Tuple, loc);
    both->operands = std::move(kinds);
    p.test = instance_of(subject, std::move(both));
    ExprPtr size = call_of("len", [&] { std::vector<ExprPtr> a; a.push_back(copy_expr(subject)); return a; }(), loc);
    ExprPtr count = int_literal(int64_t(star == n ? n : n - 1), loc);
    p.test = and_of(std::move(p.test), compare(std::move(size), star == n ? CmpOp::Eq : CmpOp::GtE, std::move(count)));
    for (size_t i = 0; i < n; ++i) {
      pos_ = starts[i];
      if (i == star) {
        SourceLoc sloc = cur().loc;
        advance();  // '*'
        if (!at(Tok::Name)) syntax_error();
        std::string name = cur().text;
        advance();
        if (name == "_") continue;
        // name = list(subject[star:len(subject) - (n - 1 - star)])
        ExprPtr slice = make_expr(ExprKind::Slice, sloc);
        slice->operands.push_back(int_literal(int64_t(star), sloc));
        ExprPtr hi = call_of("len", [&] { std::vector<ExprPtr> a; a.push_back(copy_expr(subject)); return a; }(), sloc);
        ExprPtr after = int_literal(int64_t(n - 1 - star), sloc);
        ExprPtr bound = make_expr(ExprKind::Binary, sloc);
        bound->bin_op = BinOp::Sub;
        bound->op_loc = sloc;
        bound->operands.push_back(std::move(hi));
        bound->operands.push_back(std::move(after));
        slice->operands.push_back(std::move(bound));
        slice->operands.push_back(make_expr(ExprKind::None, sloc));
        ExprPtr part = make_expr(ExprKind::Subscript, sloc);
        part->operands.push_back(copy_expr(subject));
        part->operands.push_back(std::move(slice));
        std::vector<ExprPtr> arg;
        arg.push_back(std::move(part));
        p.binds.emplace_back(name, call_of("list", std::move(arg), sloc));
        continue;
      }
      long index = i < star ? long(i) : -long(n - i);
      ExprPtr element = item_of(subject, index, cur().loc);
      Pattern q = parse_pattern(*element);
      p.test = and_of(std::move(p.test), std::move(q.test));
      for (auto& b : q.binds) p.binds.push_back(std::move(b));
    }
    pos_ = end_tok;
    expect(close);
    return p;
  }

  // C(p, ..., k=p, ...): isinstance(subject, C) and each attribute matching its pattern; a
  // positional one of a dataclass is its field in order, of a builtin type (int(x)) the subject.
  Pattern parse_class_pattern(const Expr& subject, const std::vector<std::string>& dotted, SourceLoc loc) {
    static const std::set<std::string> kSelfMatching = {"bool", "int", "str", "list", "tuple", "dict", "set"};
    if (dotted.size() != 1) fail(loc, "a class pattern of a dotted name is not supported in kilopy: name the class");
    const std::string& cls = dotted[0];
    advance();  // '('
    Pattern p;
    p.test = instance_of(subject, names({cls}, loc));
    auto it = classes_.find(cls);
    size_t positional = 0;
    std::set<std::string> seen;
    while (!at(Tok::RParen)) {
      SourceLoc aloc = cur().loc;
      std::string field;
      if (at(Tok::Name) && peek().kind == Tok::Assign) {
        field = cur().text;
        advance();
        advance();
      } else if (it != classes_.end() && it->second.dataclass && positional >= it->second.fields.size()) {
        fail(aloc, "TypeError: " + cls + "() accepts " + std::to_string(it->second.fields.size()) + " positional sub-pattern" +
                       (it->second.fields.size() == 1 ? "" : "s") + " (" + std::to_string(positional + 1) + " given)");
      } else if (kSelfMatching.count(cls)) {
        if (positional++) fail(aloc, cls + "() accepts 1 positional sub-pattern");
        Pattern q = parse_pattern(subject);
        p.test = and_of(std::move(p.test), std::move(q.test));
        for (auto& b : q.binds) p.binds.push_back(std::move(b));
        if (!accept(Tok::Comma)) break;
        continue;
      } else if (it != classes_.end() && it->second.dataclass && positional < it->second.fields.size()) {
        field = it->second.fields[positional++].name;
      } else {
        fail(aloc, "a positional sub-pattern of class " + cls + " needs its __match_args__, which kilopy takes from a "
                   "@dataclass defined above: write " + cls + "(field=pattern)");
      }
      if (!seen.insert(field).second)
        fail(aloc, "TypeError: " + cls + "() got multiple sub-patterns for attribute '" + field + "'");
      ExprPtr attr = make_expr(ExprKind::Attribute, aloc);
      attr->text = field;
      attr->operands.push_back(copy_expr(subject));
      Pattern q = parse_pattern(*attr);
      p.test = and_of(std::move(p.test), std::move(q.test));
      for (auto& b : q.binds) p.binds.push_back(std::move(b));
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    return p;
  }

  void parse_match(std::vector<StmtPtr>& out) {
    SourceLoc loc = cur().loc;
    advance();  // match
    StmtPtr bind = make_stmt(StmtKind::Assign, loc);
    std::string subject = std::string("match") + kHiddenSep + "0" + kHiddenSep + std::to_string(++match_count_);
    bind->targets.push_back(names({subject}, loc));
    bind->value = parse_tuple_or_test();
    bind->targets[0]->loc = bind->value->loc;
    out.push_back(std::move(bind));
    expect_colon();
    if (!accept(Tok::Newline) || !at(Tok::Indent)) fail(cur().loc, "expected an indented block of cases after 'match' on line " +
                                                                     std::to_string(loc.line));
    DepthGuard guard(depth_, cur().loc);
    advance();
    struct Case {
      Pattern pattern;
      ExprPtr guard;
      std::vector<StmtPtr> body;
      SourceLoc loc;
    };
    std::vector<Case> cases;
    ExprPtr s = names({subject}, loc);
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
      if (!at(Tok::Name) || cur().text != "case") fail(cur().loc, "expected 'case' in a match statement");
      Case c;
      c.loc = cur().loc;
      if (!cases.empty() && !cases.back().pattern.test && !cases.back().guard)
        fail(cases.back().loc, "this case's pattern makes the cases after it unreachable");
      advance();
      s->loc = cur().loc;
      c.pattern = parse_pattern(*s);
      if (at(Tok::Comma)) fail(cur().loc, "a case of several patterns (a, b) is a sequence pattern: write [a, b] or (a, b)");
      if (at(Tok::KwIf)) {
        advance();
        c.guard = parse_test();
      }
      expect_colon();
      c.body = parse_block("'case' statement", c.loc);
      cases.push_back(std::move(c));
    }
    accept(Tok::Dedent);
    std::vector<StmtPtr>* tail = &out;
    for (size_t i = 0; i < cases.size(); ++i) {
      Case& c = cases[i];
      std::vector<StmtPtr> binds;
      for (auto& x : c.pattern.binds) {
        StmtPtr a = make_stmt(StmtKind::Assign, c.loc);
        a->targets.push_back(names({x.first}, c.loc));
        a->value = std::move(x.second);
        binds.push_back(std::move(a));
      }
      if (c.guard && !binds.empty()) {  // `hit = <P matches>; if hit: <binds>` first: a failed guard keeps them
        std::string hit = std::string("case") + kHiddenSep + std::to_string(match_count_) + kHiddenSep + std::to_string(i);
        StmtPtr test = make_stmt(StmtKind::Assign, c.loc);
        test->targets.push_back(names({hit}, c.loc));
        if (!c.pattern.test) {
          c.pattern.test = make_expr(ExprKind::Bool, c.loc);
          c.pattern.test->bool_value = true;
        }
        test->value = std::move(c.pattern.test);
        tail->push_back(std::move(test));
        StmtPtr bind = make_stmt(StmtKind::If, c.loc);
        bind->value = names({hit}, c.loc);
        bind->body = std::move(binds);
        tail->push_back(std::move(bind));
        c.pattern.test = names({hit}, c.loc);
      }
      std::vector<StmtPtr> body = std::move(binds);
      for (StmtPtr& st : c.body) body.push_back(std::move(st));
      ExprPtr test = and_of(std::move(c.pattern.test), std::move(c.guard));
      if (!test) {  // the last case: it always matches
        for (StmtPtr& st : body) tail->push_back(std::move(st));
        break;
      }
      StmtPtr branch = make_stmt(StmtKind::If, c.loc);
      branch->value = std::move(test);
      branch->body = std::move(body);
      tail->push_back(std::move(branch));
      tail = &tail->back()->orelse;
    }
  }

  // if ...: the statement, after the assignment its condition's := hoists.
  void parse_if(std::vector<StmtPtr>& out) {
    SourceLoc loc = cur().loc;
    advance();
    StmtPtr top = make_stmt(StmtKind::If, loc);
    StmtPtr assign;
    top->value = parse_condition(assign);
    if (assign) out.push_back(std::move(assign));
    expect_colon();
    top->body = parse_block("'if' statement", loc);
    Stmt* last = top.get();  // elif chains are built iteratively: no recursion per elif
    ChainGuard chain(depth_, true);
    while (at(Tok::KwElif)) {
      SourceLoc elif_loc = cur().loc;
      chain.link(elif_loc);
      advance();
      StmtPtr elif = make_stmt(StmtKind::If, elif_loc);
      StmtPtr assign;
      elif->value = parse_condition(assign);
      expect_colon();
      elif->body = parse_block("'elif' statement", elif_loc);
      Stmt* next = elif.get();
      if (assign) last->orelse.push_back(std::move(assign));  // the else block: assign, then the if
      last->orelse.push_back(std::move(elif));
      last = next;
    }
    parse_else(last->orelse);
    out.push_back(std::move(top));
  }

  void parse_else(std::vector<StmtPtr>& orelse) {
    if (!at(Tok::KwElse)) return;
    SourceLoc loc = cur().loc;
    advance();
    expect_colon();
    orelse = parse_block("'else' statement", loc);
  }

  // try: body, then except clauses (at least one), else; docs/language.md "Exceptions".
  StmtPtr parse_try() {
    SourceLoc loc = cur().loc;
    advance();
    expect_colon();
    StmtPtr s = make_stmt(StmtKind::Try, loc);
    s->body = parse_block("'try' statement", loc);
    while (at(Tok::KwExcept)) {
      SourceLoc clause = cur().loc;
      if (!s->handlers.empty() && s->handlers.back()->names.empty()) fail(s->handlers.back()->loc, "default 'except:' must be last");
      advance();
      StmtPtr h = make_stmt(StmtKind::Except, clause);
      if (!at(Tok::Colon)) {
        bool several = accept(Tok::LParen);
        do {
          if (!at(Tok::Name)) fail(cur().loc, "an except clause names exception classes: except E, except (A, B) or a bare except");
          h->names.push_back(cur().text);
          h->name_locs.push_back(cur().loc);
          advance();
          if (at(Tok::Dot))
            fail(cur().loc, "an except clause names the program's or Python's exception classes in kilopy, not another "
                            "module's (kilopy has classes only in the program's own file): except " + h->names.back());
          if (at(Tok::KwOr) || at(Tok::KwAnd)) {
            std::string op = at(Tok::KwOr) ? "or" : "and";
            fail(cur().loc, "`except A " + op + " B` catches one class only (CPython evaluates `A " + op +
                            " B` to one of them): write except (A, B) to catch both");
          }
        } while (several && accept(Tok::Comma) && !at(Tok::RParen));
        if (several) expect(Tok::RParen);
        if (accept(Tok::KwAs)) {
          if (!at(Tok::Name)) syntax_error();
          h->target = make_expr(ExprKind::Name, cur().loc);
          h->target->text = cur().text;
          advance();
        }
      }
      expect_colon();
      ++handler_depth_;
      if (h->target) handled_names_.push_back(h->target->text);
      h->body = parse_block("'except' statement", clause);
      if (h->target) handled_names_.pop_back();
      if (h->target) reraise_by_name(h->body, h->target->text);
      --handler_depth_;
      s->handlers.push_back(std::move(h));
    }
    if (s->handlers.empty() && !at(Tok::KwFinally)) fail(cur().loc, "expected 'except' or 'finally' after the 'try' block");
    if (!s->handlers.empty()) parse_else(s->orelse);
    if (!at(Tok::KwFinally)) return s;
    // try: B ... finally: F is `try: (try: B ...) except: F; raise else: F`: F runs after the
    // try statement completes, and for any exception leaving it, which it then raises again.
    SourceLoc at_finally = cur().loc;
    advance();
    expect_colon();
    int depth = handler_depth_;
    handler_depth_ = 0;  // a bare raise in F would raise no exception on the normal path
    std::vector<std::string> handled = std::move(handled_names_);
    handled_names_.clear();
    std::vector<StmtPtr> final_body = parse_block("'finally' statement", at_finally);
    handled_names_ = std::move(handled);
    handler_depth_ = depth;
    no_jumps_out(final_body, false);
    StmtPtr outer = make_stmt(StmtKind::Try, loc);
    if (s->handlers.empty()) outer->body = std::move(s->body);
    else outer->body.push_back(std::move(s));
    StmtPtr h = make_stmt(StmtKind::Except, at_finally);
    h->finally_clause = true;
    for (const StmtPtr& f : final_body) h->body.push_back(copy_stmt(*f));
    h->body.push_back(make_stmt(StmtKind::Raise, at_finally));
    outer->handlers.push_back(std::move(h));
    outer->orelse = std::move(final_body);
    return outer;
  }

  // `raise e` in the handler of `except ... as e` raises the exception it handles again: a bare
  // raise, where no nested try handles another one meanwhile and the handler does not rebind e.
  static void reraise_by_name(std::vector<StmtPtr>& handler, const std::string& e) {
    std::set<std::string> bound, globals;
    bound_names(handler, bound, globals);
    if (bound.count(e)) return;
    std::function<void(std::vector<StmtPtr>&)> block = [&](std::vector<StmtPtr>& b) {
      for (StmtPtr& st : b) {
        if (st->kind == StmtKind::Raise && st->names.size() == 1 && st->names[0] == e && !st->value) {
          st->names.clear();
          st->name_locs.clear();
        }
        if (st->kind == StmtKind::Def || st->kind == StmtKind::Class || st->kind == StmtKind::Try) continue;
        for_each_block(*st, block);
      }
    };
    block(handler);
  }

  // A return, break or continue that would leave a finally block is refused (CPython's would
  // drop the exception the block may be running for).
  void no_jumps_out(const std::vector<StmtPtr>& body, bool in_loop) {
    for (const StmtPtr& st : body) {
      bool jump = st->kind == StmtKind::Return || (!in_loop && (st->kind == StmtKind::Break || st->kind == StmtKind::Continue));
      if (jump) {
        std::string what = st->kind == StmtKind::Return ? "return" : st->kind == StmtKind::Break ? "break" : "continue";
        fail(st->loc, "`" + what + "` in a 'finally' block is not supported in kilopy (CPython's drops the exception "
                      "the block runs for): set a flag and test it after the try statement");
      }
      if (st->kind == StmtKind::Def || st->kind == StmtKind::Class) continue;
      bool loop = st->kind == StmtKind::While || st->kind == StmtKind::For;
      no_jumps_out(st->body, in_loop || loop);
      no_jumps_out(st->orelse, in_loop);
      for (const StmtPtr& h : st->handlers) no_jumps_out(h->body, in_loop);
    }
  }

  // yield [value] (a tuple for yield a, b), and yield from xs as `for v in xs: yield v`.
  StmtPtr parse_yield() {
    SourceLoc loc = cur().loc;
    advance();
    if (accept(Tok::KwFrom)) {
      StmtPtr loop = make_stmt(StmtKind::For, loc);
      loop->target = item_name(loc);
      loop->value = parse_test();
      StmtPtr each = make_stmt(StmtKind::Yield, loc);
      each->value = item_name(loc, loop->target->text);
      loop->body.push_back(std::move(each));
      return loop;
    }
    StmtPtr s = make_stmt(StmtKind::Yield, loc);
    if (!at(Tok::Newline) && !at(Tok::Semi)) s->value = parse_tuple_or_test();
    return s;
  }

  // The exception of a raise: E or E(args) (value: the call, which lower_raises() reads).
  void raised(Stmt& s) {
    if (!at(Tok::Name) || peek().kind == Tok::Dot)
      fail(cur().loc, "raise names an exception class: raise E or raise E(\"message\")");
    s.names.push_back(cur().text);
    s.name_locs.push_back(cur().loc);
    ExprPtr cls = make_expr(ExprKind::Name, cur().loc);
    cls->text = cur().text;
    advance();
    if (at(Tok::LParen)) s.value = parse_call(std::move(cls), s.name_locs[0]);
  }

  // raise E, raise E(args), raise A(args) if c else B(args), raise ... from None (or e).
  StmtPtr parse_raise() {
    SourceLoc loc = cur().loc;
    advance();
    StmtPtr s = make_stmt(StmtKind::Raise, loc);
    if (at(Tok::Newline) || at(Tok::Semi)) {  // raise the handled exception again
      if (handler_depth_ == 0)
        fail(loc, "a bare `raise` outside an 'except' block (or in a 'finally' block) is not supported in kilopy: "
                  "raise an exception class (raise E)");
      return s;
    }
    raised(*s);
    if (at(Tok::KwIf)) {  // raise A(...) if c else B(...): if c: raise A(...) / else: raise B(...)
      advance();
      StmtPtr choice = make_stmt(StmtKind::If, loc);
      choice->value = parse_or();
      expect(Tok::KwElse);
      StmtPtr other = make_stmt(StmtKind::Raise, loc);
      raised(*other);
      if (at(Tok::KwFrom)) fail(cur().loc, "write `raise ... from ...` in each branch of an if statement in kilopy");
      choice->body.push_back(std::move(s));
      choice->orelse.push_back(std::move(other));
      return choice;
    }
    if (accept(Tok::KwFrom)) {  // the cause shows only in CPython's traceback of an uncaught exception
      bool handled = at(Tok::Name) && std::find(handled_names_.begin(), handled_names_.end(), cur().text) != handled_names_.end();
      if (!at(Tok::KwNone) && !handled)
        fail(cur().loc, "kilopy supports `raise ... from None` and `raise ... from e`, e the exception an enclosing "
                        "`except ... as e` handles");
      advance();
    }
    return s;
  }

  StmtPtr parse_while() {
    SourceLoc loc = cur().loc;
    advance();
    StmtPtr s = make_stmt(StmtKind::While, loc);
    StmtPtr assign;
    s->value = parse_condition(assign);
    expect_colon();
    s->body = parse_block("'while' statement", loc);
    if (assign && at(Tok::KwElse))
      fail(cur().loc, "a while loop whose condition holds := cannot have an else block in kilopy: assign before the loop "
                      "and at the end of its body");
    parse_else(s->orelse);
    if (assign) {  // while True: assign; if not condition: break; body
      StmtPtr exit = make_stmt(StmtKind::If, s->value->loc);
      exit->value = make_expr(ExprKind::Unary, s->value->loc);
      exit->value->unary_op = UnaryOp::Not;
      exit->value->operands.push_back(std::move(s->value));
      exit->body.push_back(make_stmt(StmtKind::Break, loc));
      s->value = make_expr(ExprKind::Bool, loc);
      s->value->bool_value = true;
      s->body.insert(s->body.begin(), std::move(exit));
      s->body.insert(s->body.begin(), std::move(assign));
    }
    return s;
  }

  StmtPtr parse_for() {
    SourceLoc loc = cur().loc;
    advance();
    StmtPtr s = make_stmt(StmtKind::For, loc);
    s->target = parse_for_target();
    if (!accept(Tok::KwIn)) syntax_error();
    s->value = parse_tuple_or_test();
    expect_colon();
    s->body = parse_block("'for' statement", loc);
    parse_else(s->orelse);
    while (is_map_call(*s->value)) {  // for t in map(f, xs): B is for v in xs: t = f(v); B (filter: if f(v): t = v; B)
      Expr& call = *s->value;
      ExprPtr v = item_name(call.loc);
      const std::string name = v->text;
      bool map = call.callee->text == "map";
      StmtPtr assign = make_stmt(StmtKind::Assign, s->target->loc);
      assign->targets.push_back(std::move(s->target));
      assign->value = map ? call_of(*call.operands[0], item_name(call.loc, name)) : item_name(call.loc, name);
      std::vector<StmtPtr> body;
      body.push_back(std::move(assign));
      for (StmtPtr& b : s->body) body.push_back(std::move(b));
      if (!map) {
        StmtPtr test = make_stmt(StmtKind::If, call.loc);
        test->value = filter_test(*call.operands[0], call.loc, name);
        test->body = std::move(body);
        body.clear();
        body.push_back(std::move(test));
      }
      s->body = std::move(body);
      s->target = std::move(v);
      s->value = std::move(call.operands[1]);
    }
    return s;
  }

  // `for` targets: a name or a tuple of names (parsed at '|' level so `in` is left alone).
  ExprPtr parse_for_target() {
    SourceLoc start = cur().loc;
    auto element = [this]() { return at(Tok::Star) ? parse_starred_target() : parse_binary(0); };
    struct InTarget {  // a `*` anywhere in these targets is a starred target
      bool& flag;
      bool old;
      ~InTarget() { flag = old; }
    } in_target{for_target_, for_target_};
    for_target_ = true;
    ExprPtr target = element();
    if (at(Tok::Comma)) {
      ExprPtr tuple = make_expr(ExprKind::Tuple, start);
      tuple->operands.push_back(std::move(target));
      while (accept(Tok::Comma) && !at(Tok::KwIn)) tuple->operands.push_back(element());
      target = std::move(tuple);
    }
    check_target(*target);
    check_for_target(*target);
    return target;
  }

  // A for-loop or comprehension target: a name or a (nested) tuple or list of names.
  void check_for_target(const Expr& target) const {
    if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List) {
      for (const ExprPtr& el : target.operands) check_for_target(*el);
    } else if (target.kind != ExprKind::Name) {
      fail(target.loc, "a for-loop target must be a name or a tuple of names");
    }
  }

  // The clauses after a comprehension's element: `for target in or_test`, then any number of
  // `for` and `if` clauses.
  ExprPtr parse_comprehension(ExprKind kind, SourceLoc loc, ExprPtr element) {
    if (at(Tok::KwAsync)) fail(cur().loc, "async and await are not supported");
    ExprPtr comp = make_expr(kind, loc);
    comp->operands.push_back(std::move(element));
    while (at(Tok::KwFor) || at(Tok::KwIf)) {
      CompClause clause;
      if (accept(Tok::KwFor)) {
        clause.target = parse_for_target();
        if (!accept(Tok::KwIn)) syntax_error();
      } else {
        advance();
      }
      clause.value = parse_or();
      comp->clauses.push_back(std::move(clause));
      if (at(Tok::KwAsync)) fail(cur().loc, "async and await are not supported");
    }
    return comp;
  }

  // class C: / class C(B): at the top level. Its methods follow it as top-level defs named
  // `C.m`; the class statement keeps the rest of its body (frontend/classes.cpp).
  void parse_class(std::vector<StmtPtr>& out) {
    SourceLoc loc = cur().loc;
    if (depth_.depth != 0) fail(loc, "a class must be defined at the top level of the module in kilopy (not in a function, loop or if)");
    advance();
    if (!at(Tok::Name)) syntax_error();
    StmtPtr s = make_stmt(StmtKind::Class, loc);
    s->name = cur().text;
    advance();
    if (accept(Tok::LParen)) {
      if (at(Tok::Name) && peek().kind == Tok::Assign)
        fail(cur().loc, "class keywords (metaclass=...) are not supported in kilopy");
      if (!at(Tok::RParen)) {
        s->value = parse_test();
        if (at(Tok::Comma) && peek().kind != Tok::RParen)
          fail(cur().loc, "multiple inheritance is not supported in kilopy: derive from one class");
        accept(Tok::Comma);  // class X(Base, ):
      }
      expect(Tok::RParen);
    }
    expect_colon();
    in_class_body_ = true;
    std::vector<StmtPtr> body = parse_block("class definition", loc);
    in_class_body_ = false;
    mangle_private_names(s->name, body);
    std::vector<StmtPtr> methods;
    for (StmtPtr& m : body) {
      if (m->kind == StmtKind::Def && m->name.compare(0, 8, "<lambda>") == 0) {  // of a constant: a function, made first
        out.push_back(std::move(m));
      } else if (m->kind == StmtKind::Def) {
        m->name = s->name + "." + m->name;
        methods.push_back(std::move(m));
      } else {
        s->body.push_back(std::move(m));
      }
    }
    ParsedClass& parsed = classes_[s->name];
    if (s->value && s->value->kind == ExprKind::Name) parsed.base = s->value->text;
    for (const StmtPtr& m : methods) parsed.methods.insert(m->name.substr(s->name.size() + 1));
    for (const StmtPtr& a : s->body)
      if (a->kind == StmtKind::Assign && a->targets.size() == 1 && a->targets[0]->kind == ExprKind::Name &&
          constant_default(*a->value))
        parsed.attributes[a->targets[0]->text] = copy_expr(*a->value);
    out.push_back(std::move(s));
    for (StmtPtr& m : methods) out.push_back(std::move(m));
  }

  // The class attribute `name` that class `cls` of this file or a base of it defines, or null.
  const Expr* class_attribute(const std::string& cls, const std::string& name) const {
    for (auto it = classes_.find(cls); it != classes_.end(); it = classes_.find(it->second.base)) {
      auto a = it->second.attributes.find(name);
      if (a != it->second.attributes.end()) return a->second.get();
    }
    return nullptr;
  }

  // True if class `name` of this file, or a base of it, defines method m.
  bool class_defines(const std::string& name, const std::string& m) const {
    for (auto it = classes_.find(name); it != classes_.end(); it = classes_.find(it->second.base))
      if (it->second.methods.count(m)) return true;
    return false;
  }

  // `field(default=v)` or `field(default_factory=F)`, one keyword, in a dataclass's body.
  static bool is_field_call(const Expr& e) {
    return e.kind == ExprKind::Call && e.callee->kind == ExprKind::Name && e.callee->text == "field" && e.operands.empty() &&
           e.keywords.size() == 1 && (e.keywords[0].name == "default" || e.keywords[0].name == "default_factory");
  }

  // `@dataclass` (or `@dataclass()`) and the class it decorates, as CPython's dataclasses writes
  // it: the annotated names of the class body (`x: int`, `y: int = 0`) are its fields, in order,
  // and the class gets the methods it does not define itself: __init__(self, x, y=0), which
  // assigns each field (then calls __post_init__() if the class has it), __repr__
  // (`Point(x=1, y='a')`, each field's repr) and __eq__ (the fields compared in order).
  // link.cpp checks that `dataclass` is imported from dataclasses.
  void parse_dataclass(std::vector<StmtPtr>& out) {
    SourceLoc deco = cur().loc;
    advance();  // '@'
    advance();  // dataclass
    DataclassOptions options = parse_dataclass_options(deco);
    if (!accept(Tok::Newline)) syntax_error();
    if (!at(Tok::KwClass)) fail(cur().loc, "@dataclass must come right before a class in kilopy");
    size_t first = out.size();
    parse_class(out);
    while (out[first]->kind != StmtKind::Class) ++first;  // past its constants' lambdas
    Stmt& cls = *out[first];
    cls.decorator = std::string("dataclass") + (options.frozen ? " frozen" : "") + (options.order ? " order" : "");
    cls.loc = deco;
    using Field = DataclassField;
    std::vector<Field> fields;
    for (const Field& f : base_fields(cls, options.frozen)) {  // a base dataclass's fields come first, in its order
      fields.push_back(copy_field(f));
      fields.back().inherited = true;
    }
    std::vector<StmtPtr> rest;
    for (StmtPtr& st : cls.body) {
      bool declared = st->kind == StmtKind::Declare && st->target->kind == ExprKind::Name;
      bool assigned = st->kind == StmtKind::Assign && st->annotation && st->targets.size() == 1 &&
                      st->targets[0]->kind == ExprKind::Name;
      if (!declared && !assigned) {
        rest.push_back(std::move(st));
        continue;
      }
      Field f;
      f.name = declared ? st->target->text : st->targets[0]->text;
      f.loc = st->loc;
      f.annotation = std::move(st->annotation);
      f.scalar = scalar_annotation(*f.annotation);
      if (f.annotation->kind == ExprKind::Subscript && f.annotation->operands[0]->kind == ExprKind::Name &&
          f.annotation->operands[0]->text == "ClassVar")
        fail(f.loc, "a ClassVar in a dataclass is not supported in kilopy: make it a class constant (NAME = 10) without the annotation");
      if (assigned && is_field_call(*st->value)) {  // field(default=v) is v; field(default_factory=F) makes F()
        Expr& call = *st->value;
        for (Keyword& k : call.keywords) {
          if (k.name == "default") {
            st->value = std::move(k.value);
          } else {
            if (k.value->kind != ExprKind::Name)
              fail(k.value->loc, "kilopy's field(default_factory=F) takes F as a name (list, dict, set, a class, a function) or a lambda");
            f.factory = make_expr(ExprKind::Call, k.value->loc);
            f.factory->callee = std::move(k.value);
            st->value = make_expr(ExprKind::None, call.loc);
          }
          break;
        }
      }
      const Expr* inherited = declared && cls.value && cls.value->kind == ExprKind::Name
                                  ? class_attribute(cls.value->text, f.name) : nullptr;
      if (inherited) f.default_value = copy_expr(*inherited);  // CPython's getattr(cls, name): a base's attribute
      if (assigned) {
        f.default_value = std::move(st->value);
        ExprKind k = f.default_value->kind;
        if (k == ExprKind::List || k == ExprKind::Dict || k == ExprKind::Set || k == ExprKind::ListComp ||
            k == ExprKind::DictComp || k == ExprKind::SetComp)
          fail(f.default_value->loc, "ValueError: mutable default for field " + f.name + " is not allowed: use "
                                     "default_factory (field(default_factory=list), from dataclasses)");
        if (k == ExprKind::Call && f.default_value->callee->kind == ExprKind::Name && f.default_value->callee->text == "field")
          fail(f.default_value->loc, "kilopy's dataclasses.field() takes one keyword, default= or default_factory=: give the "
                                     "field a constant default, or write its __init__");
      }
      auto same = std::find_if(fields.begin(), fields.end(), [&](const Field& g) { return g.name == f.name; });
      if (same != fields.end()) *same = std::move(f);  // a base's field given again keeps its place
      else fields.push_back(std::move(f));
    }
    for (size_t i = 1; i < fields.size(); ++i)
      if (!fields[i].default_value && !fields[i].factory && (fields[i - 1].default_value || fields[i - 1].factory))
        fail(fields[i].loc, "TypeError: non-default argument '" + fields[i].name + "' follows default argument");
    for (const Field& f : fields)
      if (f.inherited && f.default_value && !f.factory && !constant_default(*f.default_value))
        fail(cls.value->loc, "kilopy gives a derived dataclass its base's defaults as written, so field '" + f.name + "' of '" +
                                 cls.value->text + "' needs a constant default (a number, a str, True, False, None or a "
                                 "tuple of them): give it one, or give the field again in '" + cls.name + "'");
    ParsedClass& parsed = classes_[cls.name];
    parsed.dataclass = true;
    parsed.frozen = options.frozen;
    for (const Field& f : fields) {
      parsed.fields.push_back(copy_field(f));
      if (!f.inherited && f.default_value && !f.factory && constant_default(*f.default_value))
        parsed.attributes[f.name] = copy_expr(*f.default_value);  // `x: int = field(default=3)` too
    }
    cls.body = std::move(rest);
    std::set<std::string> defined;
    for (size_t i = first + 1; i < out.size(); ++i) defined.insert(out[i]->name.substr(cls.name.size() + 1));
    bool post_init = defined.count("__post_init__") || (cls.value && class_defines(cls.value->text, "__post_init__"));
    std::vector<StmtPtr> running_lists;  // the guarded __repr__'s list of the objects it is showing
    bool holds_objects = std::any_of(fields.begin(), fields.end(), [](const Field& f) { return may_hold_object(*f.annotation); });
    auto name = [&](const std::string& text) {
      ExprPtr e = make_expr(ExprKind::Name, deco);
      e->text = text;
      return e;
    };
    auto field_of = [&](const std::string& object, const std::string& field) {
      ExprPtr e = make_expr(ExprKind::Attribute, deco);
      e->text = field;
      e->operands.push_back(name(object));
      return e;
    };
    auto method = [&](const std::string& m, std::vector<std::string> params) {
      StmtPtr d = make_stmt(StmtKind::Def, deco);
      d->name = cls.name + "." + m;
      for (const std::string& p : params) {
        Param q;
        q.name = p;
        q.loc = deco;
        d->params.push_back(std::move(q));
      }
      return d;
    };
    if (!defined.count("__init__")) {
      StmtPtr d = method("__init__", {"self"});
      for (Field& f : fields) {
        Param q;
        q.name = f.name;
        q.loc = f.loc;
        q.annotation = std::move(f.annotation);
        q.default_value = std::move(f.default_value);
        q.made_by_factory = f.factory != nullptr;
        if (f.factory && q.annotation) {  // T | None: the parameter's default is None
          ExprPtr either = make_expr(ExprKind::Binary, f.loc);
          either->bin_op = BinOp::BitOr;
          either->operands.push_back(std::move(q.annotation));
          either->operands.push_back(make_expr(ExprKind::None, f.loc));
          q.annotation = std::move(either);
        }
        d->params.push_back(std::move(q));
        StmtPtr store = make_stmt(StmtKind::Assign, f.loc);
        store->targets.push_back(field_of("self", f.name));
        store->value = name(f.name);
        if (f.factory) {  // self.f = f if f is not None else F()
          ExprPtr given = make_expr(ExprKind::Compare, f.loc);
          given->cmp_ops.push_back(CmpOp::IsNot);
          given->operands.push_back(name(f.name));
          given->operands.push_back(make_expr(ExprKind::None, f.loc));
          ExprPtr choice = make_expr(ExprKind::IfExp, f.loc);
          choice->operands.push_back(std::move(given));
          choice->operands.push_back(std::move(store->value));
          choice->operands.push_back(std::move(f.factory));
          store->value = std::move(choice);
        }
        d->body.push_back(std::move(store));
      }
      if (post_init) {
        StmtPtr post = make_stmt(StmtKind::Expr, deco);
        post->value = make_expr(ExprKind::Call, deco);
        post->value->callee = field_of("self", "__post_init__");
        d->body.push_back(std::move(post));
      }
      if (d->body.empty()) d->body.push_back(make_stmt(StmtKind::Pass, deco));
      out.push_back(std::move(d));
    }
    auto class_name = [&](const std::string& object) {  // type(object).__name__: a subclass shows its own name
      ExprPtr call = make_expr(ExprKind::Call, deco);
      call->callee = name("type");
      call->operands.push_back(name(object));
      ExprPtr e = make_expr(ExprKind::Attribute, deco);
      e->text = "__name__";
      e->operands.push_back(std::move(call));
      return e;
    };
    if (options.repr && !defined.count("__repr__")) {
      StmtPtr d = method("__repr__", {"self"});
      ExprPtr text = make_expr(ExprKind::Format, deco);
      FormatPiece own;
      own.field = 0;
      own.loc = deco;
      text->format.push_back(own);
      text->operands.push_back(class_name("self"));
      std::string before = "(";
      for (size_t i = 0; i < fields.size(); ++i) {
        before += (i ? ", " : "") + fields[i].name + "=";
        FormatPiece literal;
        literal.text = before;
        literal.loc = deco;
        text->format.push_back(literal);
        before.clear();
        FormatPiece value;
        value.field = int(i + 1);
        value.conversion = 'r';
        value.loc = deco;
        text->format.push_back(value);
        text->operands.push_back(field_of("self", fields[i].name));
      }
      FormatPiece close;
      close.text = before + ")";
      close.loc = deco;
      text->format.push_back(close);
      StmtPtr r = make_stmt(StmtKind::Return, deco);
      r->value = std::move(text);
      if (holds_objects) {
        guard_recursive_repr(cls.name, *d, std::move(r), deco);
        StmtPtr running = make_stmt(StmtKind::Assign, deco);  // made before the class, as CPython's wrapper's set
        running->targets.push_back(name(repr_running(cls.name)));
        running->value = make_expr(ExprKind::List, deco);
        running_lists.push_back(std::move(running));
      } else {
        d->body.push_back(std::move(r));
      }
      out.push_back(std::move(d));
    }
    if (options.eq && !defined.count("__eq__")) {
      // Objects of one class (of another, CPython's NotImplemented both ways: identity, False),
      // their fields equal as a tuple's elements are: the same object, or == (an int, str or
      // bool field: ==). (Two classes of one name are one class: kilopy refuses a second.)
      StmtPtr d = method("__eq__", {"self", "other"});
      d->decorator = "dataclass";  // written here: types.cpp checks it only where a comparison calls it
      ExprPtr all = make_expr(ExprKind::BoolOp, deco);
      all->bool_op = BoolOpKind::And;
      auto compare = [&](ExprPtr a, ExprPtr b, CmpOp op) {
        ExprPtr c = make_expr(ExprKind::Compare, deco);
        c->op_loc = deco;
        c->cmp_ops.push_back(op);
        c->operands.push_back(std::move(a));
        c->operands.push_back(std::move(b));
        return c;
      };
      all->operands.push_back(compare(class_name("self"), class_name("other"), CmpOp::Eq));
      if (cls.value) {  // other may be of a base class, without this one's fields: `isinstance(other, Cls)` (true
        ExprPtr test = make_expr(ExprKind::Call, deco);  // where the names are equal) narrows it
        test->callee = name("isinstance");
        test->operands.push_back(name("other"));
        test->operands.push_back(name(cls.name));
        all->operands.push_back(std::move(test));
      }
      for (const Field& f : fields) {
        ExprPtr same = compare(field_of("self", f.name), field_of("other", f.name), CmpOp::Eq);
        bool plain = f.scalar;
        if (!plain) {
          ExprPtr either = make_expr(ExprKind::BoolOp, deco);
          either->bool_op = BoolOpKind::Or;
          either->operands.push_back(compare(field_of("self", f.name), field_of("other", f.name), CmpOp::Is));
          either->operands.push_back(std::move(same));
          same = std::move(either);
        }
        all->operands.push_back(std::move(same));
      }
      StmtPtr r = make_stmt(StmtKind::Return, deco);
      r->value = all->operands.size() > 1 ? std::move(all) : std::move(all->operands[0]);
      d->body.push_back(std::move(r));
      out.push_back(std::move(d));
    }
    // order=True: `return (self.x, self.y) < (other.x, other.y)`, and so for <=, >, >=. (CPython's
    // methods return NotImplemented for an object of another class: classes.cpp refuses
    // subclasses of such a dataclass, so both sides are of this one.)
    const std::pair<const char*, CmpOp> orders[] = {
        {"__lt__", CmpOp::Lt}, {"__le__", CmpOp::LtE}, {"__gt__", CmpOp::Gt}, {"__ge__", CmpOp::GtE}};
    for (const auto& o : orders) {
      if (!options.order) break;
      if (defined.count(o.first))
        fail(deco, std::string("TypeError: Cannot overwrite attribute ") + o.first + " in class " + cls.name +
                       ". Consider using functools.total_ordering (kilopy: write @dataclass(order=True) without the "
                       "method, or @dataclass with all four of __lt__, __le__, __gt__ and __ge__)");
      auto fields_of = [&](const std::string& object) {
        ExprPtr t = make_expr(ExprKind::Tuple, deco);
        for (const Field& f : fields) t->operands.push_back(field_of(object, f.name));
        return t;
      };
      StmtPtr d = method(o.first, {"self", "other"});
      ExprPtr c = make_expr(ExprKind::Compare, deco);
      c->op_loc = deco;
      c->cmp_ops.push_back(o.second);
      c->operands.push_back(fields_of("self"));
      c->operands.push_back(fields_of("other"));
      StmtPtr r = make_stmt(StmtKind::Return, deco);
      r->value = std::move(c);
      d->body.push_back(std::move(r));
      out.push_back(std::move(d));
    }
    for (StmtPtr& l : running_lists) out.insert(out.begin() + std::ptrdiff_t(first), std::move(l));
  }

  // The module list a guarded dataclass __repr__ keeps the objects it is showing in.
  static std::string repr_running(const std::string& cls) { return "__kilopy_repr_running_" + cls; }

  // The body of cls's dataclass __repr__ d, `shown` its `return f"C(x=...)"`, as CPython's
  // reprlib.recursive_repr wraps it: an object met again inside its own text is "...":
  //   for o in RUNNING: if o is self: return "..."
  //   RUNNING.append(self)
  //   try: text = f"C(x=...)" finally: RUNNING.pop()
  //   return text
  void guard_recursive_repr(const std::string& cls, Stmt& d, StmtPtr shown, SourceLoc at) {
    auto name = [&](const std::string& n) {
      ExprPtr e = make_expr(ExprKind::Name, at);
      e->text = n;
      return e;
    };
    auto call = [&](const char* method, ExprPtr arg) {
      StmtPtr s = make_stmt(StmtKind::Expr, at);
      s->value = make_expr(ExprKind::Call, at);
      s->value->callee = make_expr(ExprKind::Attribute, at);
      s->value->callee->text = method;
      s->value->callee->operands.push_back(name(repr_running(cls)));
      if (arg) s->value->operands.push_back(std::move(arg));
      return s;
    };
    const std::string o = "__kilopy_o";
    StmtPtr loop = make_stmt(StmtKind::For, at);
    loop->target = name(o);
    loop->value = name(repr_running(cls));
    StmtPtr again = make_stmt(StmtKind::If, at);
    again->value = make_expr(ExprKind::Compare, at);
    again->value->op_loc = at;
    again->value->cmp_ops.push_back(CmpOp::Is);
    again->value->operands.push_back(name(o));
    again->value->operands.push_back(name("self"));
    StmtPtr dots = make_stmt(StmtKind::Return, at);
    dots->value = make_expr(ExprKind::Str, at);
    dots->value->text = "...";
    again->body.push_back(std::move(dots));
    loop->body.push_back(std::move(again));
    d.body.push_back(std::move(loop));
    d.body.push_back(call("append", name("self")));
    StmtPtr keep = make_stmt(StmtKind::Assign, at);
    keep->targets.push_back(name("__kilopy_text"));
    keep->value = std::move(shown->value);
    StmtPtr attempt = make_stmt(StmtKind::Try, at);
    attempt->body.push_back(std::move(keep));
    StmtPtr h = make_stmt(StmtKind::Except, at);
    h->finally_clause = true;
    h->body.push_back(call("pop", nullptr));
    h->body.push_back(make_stmt(StmtKind::Raise, at));
    attempt->handlers.push_back(std::move(h));
    attempt->orelse.push_back(call("pop", nullptr));
    d.body.push_back(std::move(attempt));
    StmtPtr r = make_stmt(StmtKind::Return, at);
    r->value = name("__kilopy_text");
    d.body.push_back(std::move(r));
  }

  // The fields a dataclass derives: its base's where the base is a dataclass of this file (one
  // that is not has none). Refused: a base from another module, whose fields the parser does
  // not know, and frozen beside not frozen (CPython's TypeError).
  const std::vector<DataclassField>& base_fields(const Stmt& cls, bool frozen) {
    static const std::vector<DataclassField> none;
    if (!cls.value) return none;
    const Expr& b = *cls.value;
    if (b.kind == ExprKind::Name && b.text == "object") return none;
    auto it = b.kind == ExprKind::Name ? classes_.find(b.text) : classes_.end();
    if (it == classes_.end())
      fail(b.loc, "a dataclass in kilopy derives from a class defined above it in the same file: define '" +
                      (b.kind == ExprKind::Name ? b.text : std::string("the base")) + "' here, or give " + cls.name +
                      " all its fields");
    while (it != classes_.end() && !it->second.dataclass) it = classes_.find(it->second.base);  // a plain class inherits
    if (it == classes_.end()) return none;                                                         // its base's fields
    const ParsedClass& base = it->second;
    if (base.dataclass && base.frozen != frozen)
      fail(b.loc, std::string("TypeError: cannot inherit ") + (frozen ? "frozen dataclass from a non-frozen one"
                                                                      : "non-frozen dataclass from a frozen one"));
    return base.fields;
  }

  // A default a derived dataclass may take as written: a number, a str, True, False, None or a
  // tuple of them (the same value wherever it is evaluated).
  static bool constant_default(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Int: case ExprKind::Str: case ExprKind::Bool: case ExprKind::None: return true;
      case ExprKind::Unary: return e.unary_op == UnaryOp::Neg && e.operands[0]->kind == ExprKind::Int;
      case ExprKind::Tuple: return std::all_of(e.operands.begin(), e.operands.end(), [](const ExprPtr& o) { return constant_default(*o); });
      default: return false;
    }
  }

  // What @dataclass(...)'s arguments ask for. kilopy takes repr=, eq=, order= and frozen=, each
  // True or False.
  struct DataclassOptions {
    bool repr = true, eq = true, order = false, frozen = false;
  };
  DataclassOptions parse_dataclass_options(SourceLoc deco) {
    DataclassOptions options;
    if (!accept(Tok::LParen)) return options;
    std::set<std::string> given;
    while (!at(Tok::RParen)) {
      SourceLoc at_name = cur().loc;
      if (cur().kind != Tok::Name || peek().kind != Tok::Assign)
        fail(at_name, "@dataclass takes keyword arguments (order=True, frozen=True, eq=False, repr=False)");
      std::string name = cur().text;
      if (!given.insert(name).second) fail(at_name, "SyntaxError: keyword argument repeated: " + name);
      advance();
      advance();  // '='
      if (!at(Tok::KwTrue) && !at(Tok::KwFalse))
        fail(cur().loc, "@dataclass's " + name + "= takes True or False in kilopy, written as the constant");
      bool value = at(Tok::KwTrue);
      advance();
      if (name == "repr") options.repr = value;
      else if (name == "eq") options.eq = value;
      else if (name == "order") options.order = value;
      else if (name == "frozen") options.frozen = value;
      else
        fail(at_name, "@dataclass(" + name + "=...) is not supported in kilopy: it takes repr=, eq=, order= and frozen=; "
                      "write @dataclass without it, and what it would do yourself");
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    if (options.order && !options.eq) fail(deco, "ValueError: eq must be true if order is true");
    return options;
  }

  // `f = lambda a, b=1: expr` is `def f(a, b=1): return expr`.
  StmtPtr parse_named_lambda() {
    SourceLoc loc = cur().loc;
    std::string name = cur().text;
    advance();  // the name
    advance();  // '='
    return parse_lambda(name, loc);
  }

  // An argument `lambda a: e`: a def named `<lambda>` kDefSep `00n` (shown as <lambda>, as
  // CPython names it; no def of the program has the name) before the statement, and its name.
  ExprPtr parse_lambda_argument() {
    SourceLoc loc = cur().loc;
    if (in_lambda_) fail(loc, "a lambda inside a lambda is not supported in kilopy: define the outer one with def");
    ++in_lambda_;
    StmtPtr def = parse_lambda(std::string("<lambda>") + kDefSep + "00" + std::to_string(++lambda_count_), loc);
    --in_lambda_;
    ExprPtr e = make_expr(ExprKind::Name, loc);
    e->text = def->name;
    if (def_depth_ == 0 && std::any_of(def->params.begin(), def->params.end(), [](const Param& p) {
          return p.default_value && !constant_default(*p.default_value);
        }))
      return lambda_factory_call(std::move(def), loc);
    lambdas_.push_back(std::move(def));
    return e;
  }

  // A module-level lambda with a default that is no constant (`lambda x, i=i: x + i` in a loop,
  // which keeps the value i has where the lambda is made): the call F(i) of a factory
  //     def F(i):
  //         def <lambda>(x): return x + i
  //         return <lambda>
  // whose nested def closures.cpp makes an object holding i. A call passing i is then refused
  // (the lambda takes x alone). Its body reads module names only, as the lambda's does.
  ExprPtr lambda_factory_call(StmtPtr lambda, SourceLoc loc) {
    StmtPtr factory = make_stmt(StmtKind::Def, loc);
    factory->name = std::string("<lambda>") + kDefSep + "00" + std::to_string(++lambda_count_);
    ExprPtr call = make_expr(ExprKind::Call, loc);
    call->callee = make_expr(ExprKind::Name, loc);
    call->callee->text = factory->name;
    std::vector<Param> kept;
    for (Param& p : lambda->params) {
      if (p.default_value && !constant_default(*p.default_value)) {
        call->operands.push_back(std::move(p.default_value));
        factory->params.push_back(std::move(p));
      } else {
        kept.push_back(std::move(p));
      }
    }
    lambda->params = std::move(kept);
    StmtPtr ret = make_stmt(StmtKind::Return, loc);
    ret->value = make_expr(ExprKind::Name, loc);
    ret->value->text = lambda->name;
    factory->body.push_back(std::move(lambda));
    factory->body.push_back(std::move(ret));
    lambdas_.push_back(std::move(factory));
    return call;
  }

  // `lambda a, b=1: expr` as `def name(a, b=1): return expr`.
  StmtPtr parse_lambda(const std::string& name, SourceLoc loc) {
    StmtPtr s = make_stmt(StmtKind::Def, loc);
    s->name = name;
    advance();  // 'lambda'
    bool seen_default = false;
    while (!at(Tok::Colon)) {
      SourceLoc ploc = cur().loc;
      if (!at(Tok::Name)) fail(ploc, "kilopy's lambda takes plain parameters (lambda a, b=1: ...)");
      Param p;
      p.name = cur().text;
      p.loc = ploc;
      advance();
      for (const Param& q : s->params)
        if (q.name == p.name) fail(ploc, "duplicate argument '" + p.name + "' in function definition");
      if (accept(Tok::Assign)) {
        p.default_value = parse_test();
        seen_default = true;
      } else if (seen_default) {
        fail(ploc, "non-default argument follows default argument");
      }
      s->params.push_back(std::move(p));
      if (!accept(Tok::Comma)) break;
    }
    expect_colon();
    StmtPtr r = make_stmt(StmtKind::Return, cur().loc);
    r->value = parse_test();
    s->body.push_back(std::move(r));
    return s;
  }

  // `@property`, `@p.setter`, `@staticmethod` or `@classmethod` and the method it decorates. A
  // setter is the method kSetterPrefix + p, which `x.p = v` calls (classes.cpp call_properties).
  // A static method gets a hidden first parameter, its receiver (kStaticReceiver), so that it is
  // called as any method is; nothing reads it. A class method keeps its first parameter (cls)
  // until take_classes makes it a static method of each class (classes.cpp bind_class_methods).
  StmtPtr parse_decorated_method() {
    SourceLoc loc = cur().loc;
    advance();  // '@'
    if (!at(Tok::Name)) syntax_error();
    std::string name = cur().text;
    advance();
    std::string property;  // of `@p.setter`
    if (at(Tok::Dot) && peek().kind == Tok::Name && peek().text == "setter") {
      property = name;
      name = "setter";
      advance();
      advance();
    } else if (at(Tok::Dot) && peek().kind == Tok::Name) {
      fail(loc, "the decorator @" + name + "." + peek().text + " is not supported in kilopy (of a property's decorators only "
                "@" + name + ".setter is): write a method for it");
    }
    if (name != "property" && name != "staticmethod" && name != "classmethod" && property.empty())
      fail(loc, "the decorator @" + name + " is not supported in kilopy: of the decorators only @property, "
                "@staticmethod and @classmethod on a method and @dataclass on a class are; call it yourself, the result "
                "under a name of its own (g = " + name + "(f))");
    if (!at(Tok::Newline)) fail(cur().loc, "@" + name + " takes no arguments");
    advance();
    if (!at(Tok::KwDef)) fail(cur().loc, "@" + name + " must come right before a def");
    if (!in_class_body_) fail(loc, "@" + name + " is supported in kilopy only on a method, in a class body");
    StmtPtr s = parse_def();
    s->decorator = name;
    if (!property.empty()) {
      if (s->name != property)
        fail(s->loc, "a setter of property '" + property + "' is named as the property in kilopy (and CPython): def " +
                         property + "(self, value)");
      if (s->params.size() != 2)
        fail(s->loc, "a setter takes self and the value: def " + property + "(self, value)");
      s->name = kSetterPrefix + property;
    }
    if (name == "classmethod" && (s->params.empty() || s->params[0].keyword_only))
      fail(s->loc, "a class method takes its class as its first parameter: def " + s->name + "(cls, ...)");
    if (name == "staticmethod") {
      Param receiver;
      receiver.name = kStaticReceiver;
      receiver.loc = s->loc;
      s->params.insert(s->params.begin(), std::move(receiver));
    }
    return s;
  }

  StmtPtr parse_def() {
    SourceLoc loc = cur().loc;
    bool in_class_body = in_class_body_;
    in_class_body_ = false;  // a def's body is not the class's
    advance();
    if (!at(Tok::Name)) syntax_error();
    StmtPtr s = make_stmt(StmtKind::Def, loc);
    s->name = cur().text;
    advance();
    if (!accept(Tok::LParen)) fail(cur().loc, "expected '('");
    bool seen_default = false, keyword_only = false;
    while (!at(Tok::RParen)) {
      SourceLoc ploc = cur().loc;
      if (at(Tok::Star) && peek().kind == Tok::Name) {  // *args: a tuple of the rest (star_args.cpp)
        if (keyword_only) fail(ploc, "* argument may appear only once");
        advance();
        Param p;
        p.name = cur().text;
        p.loc = cur().loc;
        p.collects_rest = true;
        advance();
        if (accept(Tok::Colon)) parse_annotation();  // of each element: the tuple's type is inferred
        for (const Param& q : s->params)
          if (q.name == p.name) fail(p.loc, "duplicate argument '" + p.name + "' in function definition");
        s->params.push_back(std::move(p));
        keyword_only = true;
        if (!accept(Tok::Comma)) break;
        continue;
      }
      if (at(Tok::Star)) {
        if (keyword_only) fail(ploc, "* argument may appear only once");
        advance();
        if (at(Tok::RParen) || (at(Tok::Comma) && peek().kind == Tok::RParen))
          fail(ploc, "named arguments must follow bare *");
        keyword_only = true;  // what follows is passed by name only, defaults in any order
        if (!accept(Tok::Comma)) break;
        continue;
      }
      if (at(Tok::DoubleStar)) fail(ploc, "**kwargs parameters are not supported in kilopy: give each keyword its own parameter with a default");
      if (at(Tok::Slash)) {  // the parameters before it are passed by position only
        if (s->params.empty()) fail(ploc, "at least one argument must precede /");
        if (std::any_of(s->params.begin(), s->params.end(), [](const Param& q) { return q.positional_only; }))
          fail(ploc, "/ may appear only once");
        if (keyword_only) fail(ploc, "/ must be ahead of *");
        advance();
        for (Param& q : s->params) q.positional_only = true;
        if (!accept(Tok::Comma)) break;
        continue;
      }
      if (!at(Tok::Name)) syntax_error();
      Param p;
      p.name = cur().text;
      p.loc = ploc;
      p.keyword_only = keyword_only;
      advance();
      if (accept(Tok::Colon)) p.annotation = parse_annotation();
      for (const Param& q : s->params)
        if (q.name == p.name) fail(ploc, "duplicate argument '" + p.name + "' in function definition");
      if (accept(Tok::Assign)) {
        p.default_value = at(Tok::KwLambda) ? parse_lambda_argument() : parse_test();
        seen_default = true;
      } else if (seen_default && !keyword_only) {
        fail(ploc, "non-default argument follows default argument");
      }
      s->params.push_back(std::move(p));
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    if (accept(Tok::Arrow)) s->annotation = parse_annotation();
    expect_colon();
    ++def_depth_;
    s->body = parse_block("function definition", loc);
    --def_depth_;
    in_class_body_ = in_class_body;
    return s;
  }

  // --- expressions ------------------------------------------------------------------------
  // `a`, or a tuple `a, b` / `a, b,` without parentheses (right-hand sides, return, for ... in).
  ExprPtr parse_tuple_or_test() {
    SourceLoc start = cur().loc;
    ExprPtr first = parse_element();
    if (!at(Tok::Comma)) return first;
    ExprPtr tuple = make_expr(ExprKind::Tuple, start);
    tuple->operands.push_back(std::move(first));
    while (accept(Tok::Comma) && starts_expression(cur().kind))
      tuple->operands.push_back(parse_element());
    return tuple;
  }

  // An element of a tuple, list, set or dict display: `*x` only as an assignment target (`a,
  // *rest = xs`); a lambda as a value (types.cpp keeps it in lists, tuples and dict values).
  ExprPtr parse_element() {
    if (at(Tok::KwLambda)) return parse_lambda_argument();
    if (at(Tok::Star)) {
      if (!starred_is_target()) fail(cur().loc, "starred expressions (*x) are not supported");
      return parse_starred_target();
    }
    return parse_test();
  }

  // True if the `*` here is in an assignment's target: an '=' follows, outside any bracket it is in.
  bool starred_is_target() const {
    if (for_target_) return true;
    int depth = 0;
    for (size_t i = pos_; i < toks_.size(); ++i) {
      Tok k = toks_[i].kind;
      if (k == Tok::Newline || k == Tok::EndMarker) break;
      if (is_open_bracket(k)) ++depth;
      if (is_close_bracket(k)) --depth;
      if (k == Tok::Assign && depth <= 0) return true;
    }
    return false;
  }

  // `*x` in a target list: x, marked starred (check_target sees it sits in a tuple or list).
  ExprPtr parse_starred_target() {
    SourceLoc loc = cur().loc;
    advance();
    ExprPtr e = parse_binary(0);
    if (e->starred_target) fail(loc, "invalid syntax: two stars on one target");
    e->starred_target = true;
    e->loc = loc;
    return e;
  }

  // test: or_test ['if' or_test 'else' test]
  ExprPtr parse_test() {
    DepthGuard guard(depth_, cur().loc);
    SourceLoc start = cur().loc;
    if (at(Tok::KwLambda)) fail(start, "lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, as an element of a list, tuple or dict display, and as `f = lambda x: ...` at the top level: define a function with def");
    size_t first = pos_;
    ExprPtr e = parse_or();
    if (at(Tok::KwIf)) {
      ExprPtr ifexp = make_expr(ExprKind::IfExp, start);
      ifexp->op_loc = cur().loc;
      advance();
      ExprPtr test = parse_or();
      if (!accept(Tok::KwElse)) fail(start, "expected 'else' after 'if' expression");
      ExprPtr orelse = parse_test();
      ifexp->operands.push_back(std::move(test));
      ifexp->operands.push_back(std::move(e));
      ifexp->operands.push_back(std::move(orelse));
      e = std::move(ifexp);
    }
    if (at(Tok::ColonEqual)) {
      bool leading = first == walrus_start_ || (first == walrus_start_ + 1 && toks_[walrus_start_].kind == Tok::LParen);
      if (!walrus_ || *walrus_ || !leading || e->kind != ExprKind::Name || pos_ != first + 1)  // not `(n) := v`
        fail(start, "assignment expressions (:=) are supported only first in an if, elif or while condition "
                    "(`if (n := f(x)) > 0:`); assign in a separate statement");
      SourceLoc at = cur().loc;
      advance();
      StmtPtr& assign = *walrus_;
      walrus_ = nullptr;  // the value holds no other
      assign = make_stmt(StmtKind::Assign, at);
      assign->value = parse_test();
      ExprPtr name = make_expr(ExprKind::Name, e->loc);
      name->text = e->text;
      assign->targets.push_back(std::move(e));
      return name;
    }
    return e;
  }

  ExprPtr parse_or() { return parse_bool_op(Tok::KwOr, BoolOpKind::Or); }
  ExprPtr parse_and() { return parse_bool_op(Tok::KwAnd, BoolOpKind::And); }

  ExprPtr parse_bool_op(Tok keyword, BoolOpKind kind) {
    SourceLoc start = cur().loc;
    auto operand = [&]() { return kind == BoolOpKind::Or ? parse_and() : parse_not(); };
    ExprPtr first = operand();
    if (!at(keyword)) return first;
    ExprPtr e = make_expr(ExprKind::BoolOp, start);
    e->bool_op = kind;
    e->op_loc = cur().loc;
    e->operands.push_back(std::move(first));
    while (accept(keyword)) e->operands.push_back(operand());
    return e;
  }

  ExprPtr parse_not() {
    if (!at(Tok::KwNot)) return parse_comparison();
    SourceLoc loc = cur().loc;
    DepthGuard guard(depth_, loc);
    advance();
    ExprPtr e = make_expr(ExprKind::Unary, loc);
    e->unary_op = UnaryOp::Not;
    e->op_loc = loc;
    e->operands.push_back(parse_not());
    return e;
  }

  bool comparison_op(CmpOp* op) {
    switch (cur().kind) {
      case Tok::Less: *op = CmpOp::Lt; break;
      case Tok::Greater: *op = CmpOp::Gt; break;
      case Tok::LessEqual: *op = CmpOp::LtE; break;
      case Tok::GreaterEqual: *op = CmpOp::GtE; break;
      case Tok::EqEqual: *op = CmpOp::Eq; break;
      case Tok::NotEqual: *op = CmpOp::NotEq; break;
      case Tok::KwIn: *op = CmpOp::In; break;
      case Tok::KwNot:
        if (peek().kind != Tok::KwIn) return false;
        advance();
        *op = CmpOp::NotIn;
        break;
      case Tok::KwIs:
        if (peek().kind == Tok::KwNot) {
          advance();
          *op = CmpOp::IsNot;
        } else {
          *op = CmpOp::Is;
        }
        break;
      default: return false;
    }
    advance();
    return true;
  }

  ExprPtr parse_comparison() {
    SourceLoc start = cur().loc;
    ExprPtr left = parse_binary(0);
    ExprPtr cmp;
    for (;;) {
      SourceLoc op_loc = cur().loc;
      CmpOp op;
      if (!comparison_op(&op)) break;
      if (!cmp) {
        cmp = make_expr(ExprKind::Compare, start);
        cmp->op_loc = op_loc;
        cmp->operands.push_back(std::move(left));
      }
      cmp->cmp_ops.push_back(op);
      cmp->operands.push_back(parse_binary(0));
    }
    return cmp ? std::move(cmp) : std::move(left);
  }

  // Left-associative binary operators, one level per call (see binary_op()).
  ExprPtr parse_binary(int level) {
    if (level == kBinaryLevels) return parse_factor();
    SourceLoc start = cur().loc;
    ExprPtr left = parse_binary(level + 1);
    BinOp op;
    ChainGuard chain(depth_);
    while (binary_op(cur().kind, level, &op)) {
      chain.link(cur().loc);
      ExprPtr e = make_expr(ExprKind::Binary, start);
      e->bin_op = op;
      e->op_loc = cur().loc;
      advance();
      e->operands.push_back(std::move(left));
      e->operands.push_back(parse_binary(level + 1));
      if (op == BinOp::Mod && e->operands[0]->kind == ExprKind::Str) e = percent_format(std::move(e));
      left = std::move(e);
    }
    return left;
  }

  // factor: ('-' | '+' | '~') factor | power
  ExprPtr parse_factor() {
    UnaryOp op;
    switch (cur().kind) {
      case Tok::Minus: op = UnaryOp::Neg; break;
      case Tok::Plus: op = UnaryOp::Pos; break;
      case Tok::Tilde: op = UnaryOp::Invert; break;
      default: return parse_power();
    }
    SourceLoc loc = cur().loc;
    DepthGuard guard(depth_, loc);
    advance();
    ExprPtr e = make_expr(ExprKind::Unary, loc);
    e->unary_op = op;
    e->op_loc = loc;
    e->operands.push_back(parse_factor());
    return e;
  }

  // power: primary ['**' factor]   (right-associative; binds tighter than a unary on its left)
  ExprPtr parse_power() {
    SourceLoc start = cur().loc;
    if (at(Tok::KwAwait)) fail(start, "async and await are not supported");
    ExprPtr base = parse_primary();
    if (!at(Tok::DoubleStar)) return base;
    SourceLoc op_loc = cur().loc;
    DepthGuard guard(depth_, op_loc);
    advance();
    ExprPtr e = make_expr(ExprKind::Binary, start);
    e->bin_op = BinOp::Pow;
    e->op_loc = op_loc;
    e->operands.push_back(std::move(base));
    e->operands.push_back(parse_factor());
    return e;
  }

  // primary: atom { '(' args ')' | '[' index ']' | '.' name }
  ExprPtr parse_primary() {
    SourceLoc start = cur().loc;
    ExprPtr e = parse_atom();
    ChainGuard chain(depth_);
    for (;;) {
      SourceLoc op_loc = cur().loc;
      chain.link(op_loc);
      if (at(Tok::LParen)) {
        e = parse_call(std::move(e), start);
        const Expr& callee = *e->callee;
        if (callee.kind == ExprKind::Attribute && callee.text == "format" && callee.operands[0]->kind == ExprKind::Str)
          e = method_format(std::move(e));
      } else if (at(Tok::LBracket)) {
        advance();
        ExprPtr sub = make_expr(ExprKind::Subscript, start);
        sub->op_loc = op_loc;
        sub->operands.push_back(std::move(e));
        sub->operands.push_back(parse_index());
        expect(Tok::RBracket);
        e = std::move(sub);
      } else if (at(Tok::Dot)) {
        advance();
        if (!at(Tok::Name)) syntax_error();
        ExprPtr attr = make_expr(ExprKind::Attribute, start);
        attr->op_loc = op_loc;
        attr->text = cur().text;
        attr->operands.push_back(std::move(e));
        advance();
        e = std::move(attr);
      } else {
        return e;
      }
    }
  }

  // index: element | slice, or a tuple of elements; slice: [start] ':' [stop] [':' [step]], a
  // bound left out being None (as Python's xs[None:2] is xs[:2]).
  ExprPtr parse_index() {
    const char* slices = "slices of several dimensions are not supported in kilopy";
    SourceLoc start = cur().loc;
    auto bound = [&](std::vector<ExprPtr>& into) {
      bool left_out = at(Tok::Colon) || at(Tok::RBracket);
      into.push_back(left_out ? make_expr(ExprKind::None, cur().loc) : parse_element());
    };
    auto element = [&]() {
      SourceLoc loc = cur().loc;
      if (at(Tok::Colon)) fail(loc, slices);
      ExprPtr e = parse_element();
      if (at(Tok::Colon)) fail(loc, slices);
      return e;
    };
    ExprPtr first;
    if (!at(Tok::Colon)) first = parse_element();
    if (at(Tok::Colon)) {
      ExprPtr slice = make_expr(ExprKind::Slice, start);
      slice->operands.push_back(first ? std::move(first) : make_expr(ExprKind::None, start));
      advance();
      bound(slice->operands);
      if (accept(Tok::Colon)) bound(slice->operands);
      else slice->operands.push_back(make_expr(ExprKind::None, cur().loc));
      if (at(Tok::Comma)) fail(start, slices);
      return slice;
    }
    if (!at(Tok::Comma)) return first;
    ExprPtr tuple = make_expr(ExprKind::Tuple, start);
    tuple->operands.push_back(std::move(first));
    while (accept(Tok::Comma) && !at(Tok::RBracket)) tuple->operands.push_back(element());
    return tuple;
  }

  ExprPtr parse_call(ExprPtr callee, SourceLoc start) {
    ExprPtr call = make_expr(ExprKind::Call, start);
    call->op_loc = cur().loc;
    call->callee = std::move(callee);
    advance();  // '('
    bool seen_keyword = false;
    while (!at(Tok::RParen)) {
      SourceLoc loc = cur().loc;
      if (at(Tok::Star)) {
        advance();
        call->starred_arg = true;
        call->starred.insert(call->operands.size());
        call->operands.push_back(parse_test());
      } else if (at(Tok::DoubleStar)) {
        fail(loc, "'**' arguments are not supported; pass keyword arguments by name");
      } else if (at(Tok::Name) && peek().kind == Tok::Assign) {
        Keyword kw;
        kw.name = cur().text;
        kw.loc = loc;
        for (const Keyword& other : call->keywords)
          if (other.name == kw.name) fail(loc, "keyword argument repeated: " + kw.name);
        advance();
        advance();
        const Expr& f = *call->callee;
        bool builtin_key = (f.kind == ExprKind::Name && (f.text == "min" || f.text == "max" || f.text == "sorted")) ||
                           (f.kind == ExprKind::Attribute && f.text == "sort");
        if (kw.name == "key" && builtin_key && accept(Tok::KwLambda)) {  // desugar.cpp lowers it
          if (!at(Tok::Name) || peek().kind != Tok::Colon)
            fail(cur().loc, "a key= lambda takes one parameter in kilopy (lambda p: ...)");
          kw.lambda = cur().text;
          advance();
          advance();
        }
        kw.value = !kw.lambda.empty() || !at(Tok::KwLambda) ? parse_test() : parse_lambda_argument();
        call->keywords.push_back(std::move(kw));
        seen_keyword = true;
      } else if (at(Tok::KwLambda) && peek().kind == Tok::Colon && call->operands.empty() && call->callee->kind == ExprKind::Name &&
                 call->callee->text == "defaultdict") {
        advance();  // defaultdict(lambda: x): the factory's x itself, the call marked (types.cpp factory_value)
        advance();
        call->text = kLambdaFactory;
        call->operands.push_back(parse_test());
      } else {
        ExprPtr arg = at(Tok::KwLambda) ? parse_lambda_argument() : parse_test();
        if (at(Tok::KwFor) || at(Tok::KwAsync)) {
          arg = parse_comprehension(ExprKind::GenExp, loc, std::move(arg));
          if (!call->operands.empty() || !at(Tok::RParen)) fail(loc, "Generator expression must be parenthesized");
        }
        if (at(Tok::Assign))
          fail(loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
        if (seen_keyword) fail(loc, "positional argument follows keyword argument");
        call->operands.push_back(std::move(arg));
      }
      if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    static const char* const takes_generator[] = {"list", "tuple", "set", "sum", "min", "max", "any", "all", "sorted"};
    if (call->callee->kind == ExprKind::Name && call->operands.size() == 1 && is_map_call(*call->operands[0]))
      for (const char* f : takes_generator)
        if (call->callee->text == f) call->operands[0] = map_as_generator(*call->operands[0]);
    if (call->callee->kind == ExprKind::Attribute && call->callee->text == "join" && call->operands.size() == 1 &&
        is_map_call(*call->operands[0]))  // sep.join(map(str, xs))
      call->operands[0] = map_as_generator(*call->operands[0]);
    return call;
  }

  // map(f, xs) or filter(f, xs), f a name (a lambda argument is one) or a str method
  // (`str.upper`), or filter(None, xs).
  static bool is_map_call(const Expr& e) {
    if (e.kind != ExprKind::Call || e.callee->kind != ExprKind::Name || e.operands.size() != 2 || !e.keywords.empty() || e.starred_arg)
      return false;
    const Expr& f = *e.operands[0];
    bool function = f.kind == ExprKind::Name || is_str_method(f);
    return (e.callee->text == "map" && function) || (e.callee->text == "filter" && (function || f.kind == ExprKind::None));
  }

  // `str.m`, a method of str named through the class.
  static bool is_str_method(const Expr& f) {
    return f.kind == ExprKind::Attribute && f.operands[0]->kind == ExprKind::Name && f.operands[0]->text == "str";
  }

  // The test filter(f, xs) makes of its item, the name `item`: f(item), or item itself for filter(None, xs).
  ExprPtr filter_test(const Expr& f, SourceLoc loc, const std::string& item) {
    return f.kind == ExprKind::None ? item_name(loc, item) : call_of(f, item_name(loc, item));
  }

  // A variable for map's and filter's items: `item` kDefSep `0n`, a name no program has.
  ExprPtr item_name(SourceLoc loc, const std::string& text = "") {
    ExprPtr e = make_expr(ExprKind::Name, loc);
    e->text = text.empty() ? std::string("item") + kDefSep + "0" + std::to_string(++item_count_) : text;
    return e;
  }

  // f(v) for map(f, xs)'s f; v.m() for `str.m`.
  static ExprPtr call_of(const Expr& f, ExprPtr v) {
    ExprPtr call = make_expr(ExprKind::Call, f.loc);
    if (is_str_method(f)) {
      call->callee = make_expr(ExprKind::Attribute, f.loc);
      call->callee->text = f.text;
      call->callee->op_loc = f.op_loc;
      call->callee->operands.push_back(std::move(v));
      return call;
    }
    call->callee = make_expr(ExprKind::Name, f.loc);
    call->callee->text = f.text;
    call->operands.push_back(std::move(v));
    return call;
  }

  // The argument map(f, xs) of list, sum, ... as (f(v) for v in xs); filter(f, xs) as (v for v
  // in xs if f(v)). f is a function, so evaluating it once or at each item is the same.
  ExprPtr map_as_generator(Expr& call) {
    ExprPtr v = item_name(call.loc);
    const std::string name = v->text;
    bool map = call.callee->text == "map";
    ExprPtr comp = make_expr(ExprKind::GenExp, call.loc);
    comp->operands.push_back(map ? call_of(*call.operands[0], item_name(call.loc, name)) : item_name(call.loc, name));
    CompClause each;
    each.target = std::move(v);
    each.value = std::move(call.operands[1]);
    comp->clauses.push_back(std::move(each));
    if (!map) {
      CompClause test;
      test.value = filter_test(*call.operands[0], call.loc, name);
      comp->clauses.push_back(std::move(test));
    }
    return comp;
  }

  ExprPtr parse_atom() {
    const Token& t = cur();
    SourceLoc loc = t.loc;
    switch (t.kind) {
      case Tok::Name: {
        ExprPtr e = make_expr(ExprKind::Name, loc);
        e->text = t.text;
        advance();
        return e;
      }
      case Tok::Int: {
        ExprPtr e = make_expr(ExprKind::Int, loc);
        e->int_value = t.int_value;
        e->int_too_big = t.int_too_big;
        e->int_text = t.text;
        advance();
        return e;
      }
      case Tok::String:
      case Tok::FString: {
        size_t end = pos_;  // adjacent literals are joined; with an f-string among them, into a Format
        bool formatted = false;
        for (; toks_[end].kind == Tok::String || toks_[end].kind == Tok::FString; ++end)
          formatted = formatted || toks_[end].kind == Tok::FString;
        ExprPtr e = make_expr(formatted ? ExprKind::Format : ExprKind::Str, loc);
        for (; pos_ < end; advance()) {
          if (formatted)
            append_format_token(*e, cur(), [this](const std::string& text, SourceLoc at) { return parse_field(text, at); });
          else e->text += cur().text;
        }
        return e;
      }
      case Tok::KwTrue:
      case Tok::KwFalse: {
        ExprPtr e = make_expr(ExprKind::Bool, loc);
        e->bool_value = t.kind == Tok::KwTrue;
        advance();
        return e;
      }
      case Tok::KwNone: advance(); return make_expr(ExprKind::None, loc);
      case Tok::LParen: return parse_parenthesized();
      case Tok::LBracket: return parse_list();
      case Tok::LBrace: return parse_dict();
      case Tok::Ellipsis:
        if (in_annotation_) {
          advance();
          ExprPtr e = make_expr(ExprKind::Name, loc);
          e->text = "...";
          return e;
        }
        fail(loc, "Ellipsis (...) is not supported; use pass for an empty block");
      case Tok::KwLambda: fail(loc, "lambda is supported in kilopy only as an argument of a call (apply(lambda v: v * 2, xs)), as the key= of min, max, sorted and sort, as an element of a list, tuple or dict display, and as `f = lambda x: ...` at the top level: define a function with def");
      case Tok::KwYield: fail(loc, kYieldExpression);
      case Tok::KwAwait:
      case Tok::KwAsync: fail(loc, "async and await are not supported");
      case Tok::Star: fail(loc, "starred expressions (*x) are not supported");
      default: syntax_error();
    }
  }

  // '(' ')' | '(' test ')' | '(' test ',' [test {',' test}] [','] ')'
  ExprPtr parse_parenthesized() {
    SourceLoc loc = cur().loc;
    advance();
    if (accept(Tok::RParen)) return make_expr(ExprKind::Tuple, loc);
    if (at(Tok::KwYield)) fail(cur().loc, kYieldExpression);
    ExprPtr first = parse_element();
    if (at(Tok::KwFor) || at(Tok::KwAsync)) {
      first = parse_comprehension(ExprKind::GenExp, loc, std::move(first));
      expect(Tok::RParen);
      return first;
    }
    if (!at(Tok::Comma)) {
      expect(Tok::RParen);
      return first;
    }
    ExprPtr tuple = make_expr(ExprKind::Tuple, loc);
    tuple->operands.push_back(std::move(first));
    while (accept(Tok::Comma) && !at(Tok::RParen)) tuple->operands.push_back(parse_element());
    expect(Tok::RParen);
    return tuple;
  }

  ExprPtr parse_list() {
    SourceLoc loc = cur().loc;
    advance();
    ExprPtr list = make_expr(ExprKind::List, loc);
    if (accept(Tok::RBracket)) return list;
    list->operands.push_back(parse_element());
    if (at(Tok::KwFor) || at(Tok::KwAsync)) {
      ExprPtr comp = parse_comprehension(ExprKind::ListComp, loc, std::move(list->operands[0]));
      expect(Tok::RBracket);
      return comp;
    }
    while (accept(Tok::Comma) && !at(Tok::RBracket)) list->operands.push_back(parse_element());
    expect(Tok::RBracket);
    return list;
  }

  // '{' starts a dict or a set display (or comprehension): a dict display {k: v, ...} is parsed
  // into a Dict (operands k0, v0, k1, v1, ...); the others are refused (brace_error).
  ExprPtr parse_dict() {
    SourceLoc loc = cur().loc;
    size_t i = pos_ + 1;
    if (i < toks_.size() && toks_[i].kind != Tok::RBrace && is_set_display()) {
      advance();
      ExprPtr set = make_expr(ExprKind::Set, loc);
      set->operands.push_back(parse_element());
      if (at(Tok::KwFor) || at(Tok::KwAsync)) {
        ExprPtr comp = parse_comprehension(ExprKind::SetComp, loc, std::move(set->operands[0]));
        expect(Tok::RBrace);
        return comp;
      }
      while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        set->operands.push_back(parse_element());
      }
      expect(Tok::RBrace);
      return set;
    }
    advance();
    ExprPtr dict = make_expr(ExprKind::Dict, loc);
    while (!accept(Tok::RBrace)) {
      if (at(Tok::DoubleStar)) fail(cur().loc, "**d in a dict display is not supported in kilopy: copy the items in a for loop");
      dict->operands.push_back(parse_element());
      expect(Tok::Colon);
      dict->operands.push_back(parse_element());
      if ((at(Tok::KwFor) || at(Tok::KwAsync)) && dict->operands.size() == 2) {
        ExprPtr value = std::move(dict->operands[1]);
        ExprPtr comp = parse_comprehension(ExprKind::DictComp, loc, std::move(dict->operands[0]));
        comp->operands.push_back(std::move(value));
        expect(Tok::RBrace);
        return comp;
      }
      if (!accept(Tok::Comma)) {
        expect(Tok::RBrace);
        break;
      }
    }
    return dict;
  }

  // Whether the '{' at pos_ starts a set display (false: a dict display); a comprehension or
  // **d is refused here, saying which construct it is.
  bool is_set_display() const {
    SourceLoc loc = cur().loc;
    size_t i = pos_ + 1;
    if (i >= toks_.size() || toks_[i].kind == Tok::RBrace) return false;
    if (toks_[i].kind == Tok::DoubleStar) fail(loc, "**d in a dict display is not supported in kilopy: copy the items in a for loop");
    int depth = 0;
    bool colon = false;  // a ':' at the top level: a dict
    for (; i < toks_.size(); ++i) {
      Tok k = toks_[i].kind;
      if (is_open_bracket(k)) {
        ++depth;
      } else if (is_close_bracket(k)) {
        if (depth == 0) return !colon;
        --depth;
      } else if (depth == 0) {
        if (k == Tok::Colon) colon = true;
        if (k == Tok::Comma) return !colon;
        if (k == Tok::KwFor) return !colon;
      }
      if (k == Tok::EndMarker) break;
    }
    return !colon;
  }

  std::vector<Token> toks_;
  std::vector<Diagnostic>* errors_;
  size_t pos_ = 0;
  Nesting depth_;
  bool for_target_ = false;  // parsing a for loop's targets (parse_for_target)
  StmtPtr* walrus_ = nullptr;  // parse_condition(): where a leading := goes (null: none may)
  size_t walrus_start_ = 0;    // the condition's first token
};

// Moves location l from an f-string field's own text (line 1, after the added "(") to where
// the text stands in the file, at.
void relocate(SourceLoc& l, SourceLoc at) {
  if (l.line == 0) return;
  if (l.line == 1) l.col = l.col - 2 + at.col;
  l.line = l.line - 1 + at.line;
}

// Every location in e, as relocate(l, at).
void relocate(Expr& e, SourceLoc at) {
  relocate(e.loc, at);
  relocate(e.op_loc, at);
  for (Keyword& k : e.keywords) relocate(k.loc, at);
  for (FormatPiece& p : e.format) relocate(p.loc, at);
  for_each_operand(e, [&](Expr& o) { relocate(o, at); });
}

// Every location in s (a field's lambda), as relocate(l, at).
void relocate(Stmt& s, SourceLoc at) {
  relocate(s.loc, at);
  for (Param& p : s.params) relocate(p.loc, at);
  for_each_child(s, [&](Expr& e, Use) { relocate(e, at); }, [&](std::vector<StmtPtr>& b) {
    for (StmtPtr& c : b) relocate(*c, at);
  });
}


// CPython 3.11's limit of 20 statically nested blocks in one function (CO_MAXBLOCKS), counted as
// its compiler pushes them: a loop's body 1, a try's body 1 and each handler's 2, a finally
// (desugared above: a Try whose one handler is the finally_clause, orelse the finally body) 1
// around the whole try and 1 for its body. Depth is each def's and class body's own.
void refuse_deep_blocks(const std::vector<StmtPtr>& body, int depth) {
  auto enter = [&](const std::vector<StmtPtr>& b, int cost, const Stmt& at) {
    if (depth + cost > 20) throw CompileError(at.loc, "too many statically nested blocks");
    refuse_deep_blocks(b, depth + cost);
  };
  for (const StmtPtr& s : body) {
    switch (s->kind) {
      case StmtKind::Def:
      case StmtKind::Class:
        refuse_deep_blocks(s->body, 0);
        break;
      case StmtKind::For:
      case StmtKind::While:
        enter(s->body, 1, *s);
        refuse_deep_blocks(s->orelse, depth);
        break;
      case StmtKind::Try:
        if (s->handlers.size() == 1 && s->handlers[0]->finally_clause) {
          enter(s->body, 1, *s);
          enter(s->orelse, 1, *s->handlers[0]);
          break;
        }
        enter(s->body, 1, *s);
        for (const StmtPtr& h : s->handlers) enter(h->body, 2, *h);
        refuse_deep_blocks(s->orelse, depth);
        break;
      default:
        for_each_block(*s, [&](const std::vector<StmtPtr>& b) { refuse_deep_blocks(b, depth); });
    }
  }
}

}  // namespace

Module parse_module(const std::string& filename, const std::string& source, const std::vector<ObjectKey>& keys) {
  Module module;
  module.filename = filename;
  module.source = source;
  std::vector<Diagnostic> errors;
  Parser parser(tokenize_reporting(source, errors), &errors);
  try {
    module.body = parser.parse_file();
  } catch (const CompileError&) {  // the kMaxErrors-th error: noted already
  }
  if (!errors.empty()) {  // every error found, in file order (a lexer's fatal error is the last)
    std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.col < b.loc.col;
    });
    if (errors.size() > kMaxErrors) errors.resize(kMaxErrors);
    CompileError first(errors[0].loc, errors[0].message);
    first.more.assign(errors.begin() + 1, errors.end());
    throw first;
  }
  refuse_deep_blocks(module.body, 0);
  refuse_misplaced_nonlocals(module);
  refuse_stop_iteration_in_generators(module);
  inline_format_constants(module);
  desugar_comprehensions(module, keys);
  pack_rest_arguments(module);
  cell_nonlocal_variables(module);
  share_mutable_defaults(module);
  return module;
}

}  // namespace kilopy
