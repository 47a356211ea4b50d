// Class attributes a program assigns (`Account.next_id += 1`) or that hold a list, dict or set
// (one object all instances share): each becomes a module variable, named `C` kModuleSep `NAME`
// (shown as C.NAME), assigned where the class statement runs, and every `C.NAME` (or `D.NAME`,
// D a subclass of C) reads or stores it; a function that stores it declares it global. Reads
// through an object (`self.NAME`) are the variable too (types.cpp attribute_type, by
// Program::class_variables). Refused where CPython would do otherwise than one variable: a store
// through a subclass (which gives the subclass its own attribute), a subclass defining NAME
// too, or an object's field of the same name (an instance attribute hides the class's).
#include <functional>
#include <map>
#include <set>
#include <string>

#include "frontend/diagnostic.h"
#include "frontend/link.h"
#include "frontend/program.h"

namespace kilopy {

namespace {

struct ClassInfo {
  Stmt* stmt = nullptr;
  std::string base;
};

// A list, dict or set display (or [v] * n): one object the class's instances share.
bool shared_value(const Expr& v) {
  if (v.kind == ExprKind::Binary && v.bin_op == BinOp::Mul) return shared_value(*v.operands[0]);
  return v.kind == ExprKind::List || v.kind == ExprKind::Dict || v.kind == ExprKind::Set;
}

class ClassVariables {
 public:
  ClassVariables(Module& module, Program& program) : module_(module), program_(program) {
    for (StmtPtr& s : module.body)
      if (s->kind == StmtKind::Class)
        classes_[s->name] = ClassInfo{s.get(), s->value && s->value->kind == ExprKind::Name ? s->value->text : ""};
  }

  // A @classmethod of a class that no class derives from always runs for that class: its reads
  // of cls are the class's name from here on, so that `cls.count += 1` assigns C.count. In a
  // class with subclasses, where cls may be any of them (classes.cpp bind_class_methods), a
  // store through cls is refused: CPython gives the subclass an attribute of its own.
  void bind_leaf_class_methods() {
    for (StmtPtr& s : module_.body) {
      size_t dot = s->kind == StmtKind::Def && s->decorator == "classmethod" ? s->name.find('.') : std::string::npos;
      if (dot == std::string::npos) continue;
      std::string c = s->name.substr(0, dot);
      bool derived = false;
      for (const auto& k : classes_) derived = derived || k.second.base == c;
      if (!derived) {
        rename_names(*s, {{s->params[0].name, c}});
        continue;
      }
      std::function<void(const Stmt&)> refuse_stores = [&](const Stmt& t) {
        for_each_child(t, [&](const Expr& e, Use use) {
          if (use != Use::Read && e.kind == ExprKind::Attribute && e.operands[0]->kind == ExprKind::Name &&
              e.operands[0]->text == s->params[0].name)
            throw CompileError(e.loc, "a class method of " + c + ", which other classes derive from, assigns " +
                                          s->params[0].name + "." + e.text + ", which in CPython gives a subclass an "
                                          "attribute of its own: assign " + c + "." + e.text);
        }, [&](const std::vector<StmtPtr>& b) {
          for (const StmtPtr& u : b) refuse_stores(*u);
        });
      };
      refuse_stores(*s);
    }
  }

  void run() {
    bind_leaf_class_methods();
    for (StmtPtr& s : module_.body) find_stores(*s);
    for (auto& c : classes_)
      for (const StmtPtr& m : c.second.stmt->body)
        if (m->kind == StmtKind::Assign && m->targets.size() == 1 && m->targets[0]->kind == ExprKind::Name &&
            !is_dunder(m->targets[0]->text) &&  // __slots__ = [...] means more than a list: refused (classes.cpp)
            (stored_.count({c.first, m->targets[0]->text}) || shared_value(*m->value)))
          variables_[{c.first, m->targets[0]->text}] = c.first + kModuleSep + m->targets[0]->text;
    for (const auto& st : stored_) {
      if (!variables_.count(st.first))
        throw CompileError(st.second, "assigning " + st.first.first + "." + st.first.second + " is not supported in kilopy: "
                                      "give the class the attribute in its body (" + st.first.second + " = 0), and assign it "
                                      "through that class");
    }
    if (variables_.empty()) return;
    for (auto& c : classes_) {  // a value that reads the class body's own names cannot move out of it
      std::set<std::string> own;
      for (const StmtPtr& m : c.second.stmt->body)
        if (m->kind == StmtKind::Assign) for_each_target_name(*m->targets[0], [&](const Expr& n) { own.insert(n.text); });
      for (const StmtPtr& m : c.second.stmt->body) {
        if (m->kind != StmtKind::Assign || m->targets[0]->kind != ExprKind::Name ||
            !variables_.count({c.first, m->targets[0]->text}))
          continue;
        std::string read;
        std::function<void(const Expr&)> reads = [&](const Expr& e) {
          if (e.kind == ExprKind::Name && own.count(e.text)) read = e.text;
          for_each_operand(e, reads);
        };
        reads(*m->value);
        if (!read.empty())
          throw CompileError(m->value->loc, "a class attribute computed from another (" + read + ") of the class body is "
                                            "not supported in kilopy where it is assigned or holds a list, dict or set: "
                                            "write its value out");
      }
    }
    for (const auto& v : variables_) {
      check(v.first.first, v.first.second);
      for (const auto& x : classes_)  // X.NAME, X the class or a subclass (none defines NAME again: check)
        if (derives(x.first, v.first.first)) resolved_[{x.first, v.first.second}] = v.second;
    }
    std::vector<StmtPtr> body;
    for (StmtPtr& s : module_.body) {
      if (s->kind == StmtKind::Class) {  // the variables first: the class body runs where the class statement is
        std::vector<StmtPtr> kept;
        for (StmtPtr& m : s->body) {
          auto v = m->kind == StmtKind::Assign && m->targets[0]->kind == ExprKind::Name
                       ? variables_.find({s->name, m->targets[0]->text}) : variables_.end();
          if (v == variables_.end()) {
            kept.push_back(std::move(m));
            continue;
          }
          m->targets[0]->text = v->second;
          body.push_back(std::move(m));
        }
        s->body = std::move(kept);
        for (const auto& v : variables_)
          if (v.first.first == s->name) program_.class_variables[s->name][v.first.second] = v.second;
      }
      body.push_back(std::move(s));
    }
    module_.body = std::move(body);
    for (StmtPtr& s : module_.body) rename(*s, s->kind == StmtKind::Def ? s.get() : nullptr);
  }

 private:
  Module& module_;
  Program& program_;
  std::map<std::string, ClassInfo> classes_;
  std::map<std::pair<std::string, std::string>, SourceLoc> stored_;           // (class, NAME) stored as C.NAME
  std::map<std::pair<std::string, std::string>, std::string> variables_;      // (class, NAME) -> its variable
  std::set<std::string> fields_;                                              // names stored as obj.NAME
  std::map<std::pair<std::string, std::string>, std::string> resolved_;       // (X, NAME) -> the variable X.NAME is
  std::set<std::string> locals_;  // the locals of the def being walked: a parameter named like a class is no class

  bool derives(std::string d, const std::string& c) const {
    while (!d.empty()) {
      if (d == c) return true;
      auto it = classes_.find(d);
      d = it == classes_.end() ? "" : it->second.base;
    }
    return false;
  }

  // The class whose body gives `cls.name` (cls or a base), or "".
  std::string definer(std::string cls, const std::string& name) const {
    while (!cls.empty()) {
      auto it = classes_.find(cls);
      if (it == classes_.end()) return "";
      for (const StmtPtr& m : it->second.stmt->body)
        if (m->kind == StmtKind::Assign && m->targets.size() == 1 && m->targets[0]->kind == ExprKind::Name &&
            m->targets[0]->text == name)
          return cls;
      cls = it->second.base;
    }
    return "";
  }

  void store(const Expr& t) {
    if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (const ExprPtr& o : t.operands) store(*o);
      return;
    }
    if (t.kind != ExprKind::Attribute) return;
    const Expr& obj = *t.operands[0];
    if (obj.kind == ExprKind::Name && classes_.count(obj.text) && !locals_.count(obj.text)) {
      std::string d = definer(obj.text, t.text);
      if (!d.empty() && d != obj.text)
        throw CompileError(t.loc, "assigning " + obj.text + "." + t.text + " gives " + obj.text + " an attribute of its own in "
                                  "CPython, apart from " + d + "." + t.text + ", which kilopy does not support: assign " + d +
                                  "." + t.text + ", or give " + obj.text + " its own " + t.text + " in its body");
      stored_.emplace(std::make_pair(d.empty() ? obj.text : d, t.text), t.loc);
    } else {
      fields_.insert(t.text);
    }
  }

  void find_stores(const Stmt& s) {
    std::set<std::string> outer = locals_;
    if (s.kind == StmtKind::Def) locals_ = def_locals(s);
    for_each_child(s, [&](const Expr& e, Use use) {
      if (use != Use::Read) store(e);
    }, [&](const std::vector<StmtPtr>& b) {
      for (const StmtPtr& t : b) find_stores(*t);
    });
    locals_ = std::move(outer);
  }

  void check(const std::string& cls, const std::string& name) const {
    for (const auto& d : classes_)
      if (d.first != cls && derives(d.first, cls) && definer(d.first, name) == d.first)
        throw CompileError(d.second.stmt->loc, "class " + d.first + " defines " + name + " again, where " + cls + "." + name +
                                               " is assigned or holds a list, dict or set: kilopy keeps one such attribute "
                                               "per name; rename one of them");
    if (fields_.count(name))
      throw CompileError(classes_.at(cls).stmt->loc, "an object's field named " + name + " would hide the class attribute " +
                                                         cls + "." + name + " (assigned, or holding a list, dict or set), "
                                                         "which kilopy does not support: rename one of them");
  }

  // The variable `X.NAME` is, X a class, or "".
  std::string variable_of(const Expr& e) const {
    if (e.kind != ExprKind::Attribute || e.operands[0]->kind != ExprKind::Name || !classes_.count(e.operands[0]->text) ||
        locals_.count(e.operands[0]->text))
      return "";
    auto v = resolved_.find({e.operands[0]->text, e.text});
    return v == resolved_.end() ? "" : v->second;
  }

  void rename(ExprPtr& e) {
    std::string v = variable_of(*e);
    if (v.empty()) {
      for_each_operand_slot(*e, [&](ExprPtr& o) { rename(o); });
      return;
    }
    ExprPtr n = std::make_unique<Expr>(ExprKind::Name, e->loc);
    n->text = v;
    e = std::move(n);
  }

  // Renames in s (a def: its body, then `global v` first in it for each variable it stores).
  void rename(Stmt& s, Stmt* def) {
    std::set<std::string> globals, outer = locals_;
    if (def) locals_ = def_locals(*def);
    rename_in(s, globals);
    locals_ = std::move(outer);
    if (!def) return;
    for (const std::string& v : globals) {
      StmtPtr g = std::make_unique<Stmt>(StmtKind::Global, def->loc);
      g->names.push_back(v);
      def->body.insert(def->body.begin(), std::move(g));
    }
  }

  // Renames in s; the variables its statements store (not a nested def's) into globals.
  void rename_in(Stmt& s, std::set<std::string>& globals) {
    for_each_child_slot(s, [&](ExprPtr& e, Use use) {
      std::string v = use != Use::Read ? variable_of(*e) : "";
      if (!v.empty()) globals.insert(v);
      for_each_target_slot(e, use, globals);
      rename(e);
    }, [&](std::vector<StmtPtr>& b) {
      for (StmtPtr& t : b) {
        if (t->kind == StmtKind::Def) rename(*t, t.get());
        else rename_in(*t, globals);
      }
    });
  }

  // The variables stored by the elements of a tuple or list target.
  void for_each_target_slot(const ExprPtr& e, Use use, std::set<std::string>& globals) {
    if (use == Use::Read || (e->kind != ExprKind::Tuple && e->kind != ExprKind::List)) return;
    for (const ExprPtr& o : e->operands) {
      std::string v = variable_of(*o);
      if (!v.empty()) globals.insert(v);
      for_each_target_slot(o, use, globals);
    }
  }
};

}  // namespace

void globalize_class_variables(Module& module, Program& program) { ClassVariables(module, program).run(); }

}  // namespace kilopy
