// Python 3.12 syntax, written from the language reference. Alternatives are labelled so the AST
// builder (src/ast/builder) can tell them apart; soft keywords (match, case, type) are NAME tokens
// whose text the builder checks.
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : (NEWLINE | stmt)* EOF;

// The expression of an f-string replacement field, parsed on its own inside parentheses so that
// line breaks in it are insignificant as they are in the enclosing f-string.
fstring_expr : LPAR (yield_expr | star_expressions) RPAR NEWLINE* EOF;

stmt
    : compound_stmt
    | simple_stmts
    ;

// `(SEMI simple_stmt?)*` keeps the choice LL(1); the builder rejects `;;`.
simple_stmts : simple_stmt (SEMI simple_stmt?)* NEWLINE;

simple_stmt
    : type_alias_stmt
    | expr_stmt
    | del_stmt
    | pass_stmt
    | flow_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

// TYPE is a `type` NAME that the lexer base retyped because a NAME follows it.
type_alias_stmt : TYPE name type_params? EQUAL expression;

// One alternative, so that choosing it needs one token of lookahead, not a scan of the target.
expr_stmt
    : star_expressions ( annotation (EQUAL assigned_value)?
                       | augassign assigned_value
                       | (EQUAL assigned_value)*
                       )
    ;

annotation : COLON expression;
assigned_value : yield_expr | star_expressions;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

del_stmt : DEL targets;
pass_stmt : PASS;

flow_stmt
    : BREAK                                       #breakStmt
    | CONTINUE                                    #continueStmt
    | RETURN star_expressions?                    #returnStmt
    | RAISE (expression (FROM expression)?)?      #raiseStmt
    | yield_expr                                  #yieldStmt
    ;

import_stmt
    : IMPORT dotted_as_name (COMMA dotted_as_name)*                                   #importName
    | FROM import_dots* dotted_name IMPORT import_targets                             #importFromModule
    | FROM import_dots+ IMPORT import_targets                                         #importFromRelative
    ;
import_dots : DOT | ELLIPSIS;
import_targets
    : STAR
    | LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)*
    ;
import_as_name : name (AS name)?;
dotted_as_name : dotted_name (AS name)?;
dotted_name : name (DOT name)*;

global_stmt : GLOBAL name (COMMA name)*;
nonlocal_stmt : NONLOCAL name (COMMA name)*;
assert_stmt : ASSERT expression (COMMA expression)?;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | match_stmt
    ;

if_stmt : IF named_expression COLON block elif_clause* else_block?;
elif_clause : ELIF named_expression COLON block;
else_block : ELSE COLON block;

while_stmt : WHILE named_expression COLON block else_block?;

for_stmt : ASYNC? FOR targets IN star_expressions COLON block else_block?;

try_stmt : TRY COLON block (except_clause+ else_block? finally_block? | finally_block);
except_clause : EXCEPT STAR? (expression (AS name)?)? COLON block;
finally_block : FINALLY COLON block;

with_stmt
    : ASYNC? WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block    #withParenthesized
    | ASYNC? WITH with_item (COMMA with_item)* COLON block                      #withPlain
    ;
with_item : expression (AS target)?;

block
    : NEWLINE INDENT stmt+ DEDENT
    | simple_stmts
    ;

decorated : decorator+ (classdef | funcdef);
decorator : AT named_expression NEWLINE;

funcdef : ASYNC? DEF name type_params? LPAR parameters? RPAR (RARROW expression)? COLON block;

// Parameters are read as a flat list; the builder checks their order as CPython does.
parameters : parameter (COMMA parameter)* COMMA?;
parameter
    : name (COLON expression)? (EQUAL expression)?          #plainParam
    | STAR (name (COLON star_annotation)?)?                 #starParam
    | DOUBLESTAR name (COLON expression)?                   #doubleStarParam
    | SLASH                                                 #slashParam
    ;
star_annotation : star_expression;

classdef : CLASS name type_params? (LPAR arguments? RPAR)? COLON block;

type_params : LSQB type_param (COMMA type_param)* COMMA? RSQB;
type_param
    : name (COLON expression)?       #typeVar
    | STAR name                      #typeVarTuple
    | DOUBLESTAR name                #paramSpec
    ;

// MATCH and CASE are `match` and `case` NAMEs that the lexer base retyped because their logical
// line ends with ':' (no simple statement can), which keeps statement prediction LL(1).
match_stmt : MATCH subject COLON NEWLINE INDENT case_block+ DEDENT;
subject : star_named_expression (COMMA star_named_expression)* COMMA?;
case_block : CASE patterns (IF named_expression)? COLON block;

patterns : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?;
maybe_star_pattern
    : STAR name                                   #starPattern
    | pattern                                     #plainPattern
    ;
pattern : or_pattern (AS name)?;
or_pattern : closed_pattern (VBAR closed_pattern)*;
closed_pattern
    : literal_pattern                                                      #literalPattern
    | name_or_attr (LPAR pattern_arguments? RPAR)?                          #namePattern
    | LPAR (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RPAR    #parenPattern
    | LSQB (maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?)? RSQB    #listPattern
    | LBRACE (mapping_item (COMMA mapping_item)* COMMA?)? RBRACE            #mappingPattern
    ;
literal_pattern
    : signed_number ((PLUS | MINUS) NUMBER)?      #numberLiteral
    | strings                                     #stringLiteral
    | NONE                                        #noneLiteral
    | TRUE                                        #trueLiteral
    | FALSE                                       #falseLiteral
    ;
signed_number : MINUS? NUMBER;
name_or_attr : name (DOT name)*;
pattern_arguments : pattern_argument (COMMA pattern_argument)* COMMA?;
pattern_argument : (name EQUAL)? pattern;
mapping_item
    : (literal_pattern | name_or_attr) COLON pattern      #mappingPair
    | DOUBLESTAR name                                     #mappingRest
    ;

// ---- expressions -------------------------------------------------------------------------

star_expressions : star_expression (COMMA star_expression)* COMMA?;
star_expression : STAR bitwise_or | expression;
star_named_expression : STAR bitwise_or | named_expression;
// The builder checks that the target of `:=` is a name (CPython's wording for anything else).
named_expression : expression (COLONEQUAL expression)?;

// The hottest rules have no alternative labels: a labelled alternative costs a second parse-tree
// node, and the builder can tell these alternatives apart by their first children.
expression
    : disjunction (IF disjunction ELSE expression)?
    | lambdef
    ;

lambdef : LAMBDA lambda_parameters? COLON expression;
lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA?;
lambda_parameter
    : name (EQUAL expression)?       #lambdaPlainParam
    | STAR name?                     #lambdaStarParam
    | DOUBLESTAR name                #lambdaDoubleStarParam
    | SLASH                          #lambdaSlashParam
    ;

// Operators are left-recursive rules (one parse-tree node per operator, not per precedence level):
// alternatives are listed from the tightest binding to the loosest.
disjunction
    : bitwise_or (comp_op bitwise_or)*
    | NOT disjunction
    | disjunction AND disjunction
    | disjunction OR disjunction
    ;
comp_op : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS | IS NOT;

bitwise_or
    : await_primary
    | <assoc = right> bitwise_or DOUBLESTAR bitwise_or
    | (PLUS | MINUS | TILDE) bitwise_or
    | bitwise_or (STAR | SLASH | DOUBLESLASH | PERCENT | AT) bitwise_or
    | bitwise_or (PLUS | MINUS) bitwise_or
    | bitwise_or (LEFTSHIFT | RIGHTSHIFT) bitwise_or
    | bitwise_or AMPER bitwise_or
    | bitwise_or CIRCUMFLEX bitwise_or
    | bitwise_or VBAR bitwise_or
    ;
await_primary : AWAIT? atom trailer*;

trailer
    : LPAR arguments? RPAR          #callTrailer
    | LSQB slices RSQB              #subscriptTrailer
    | DOT name                      #attributeTrailer
    ;

slices : slice (COMMA slice)* COMMA?;
slice
    : STAR bitwise_or                                               #starSlice
    | named_expression (COLON expression? (COLON expression?)?)?    #exprSlice
    | COLON expression? (COLON expression?)?                        #lowerlessSlice
    ;

// The builder tells atoms apart by their first token. What a bracket holds (group, tuple,
// generator, list, comprehension, dict or set) is decided from its children: choosing here
// would make prediction scan to the closing bracket.
atom
    : NAME
    | NUMBER
    | strings
    | NONE
    | TRUE
    | FALSE
    | ELLIPSIS
    | LPAR (yield_expr | star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RPAR
    | LSQB (star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RSQB
    | LBRACE (brace_item (comp_for | (COMMA brace_item)* COMMA?))? RBRACE
    ;

brace_item
    : DOUBLESTAR bitwise_or                               #dictUnpack
    | star_named_expression (COLON expression)?           #braceElement
    ;

strings : (STRING | FSTRING)+;

comp_for : for_clause (for_clause | if_clause)*;
for_clause : ASYNC? FOR targets IN disjunction;
if_clause : IF disjunction;

arguments : argument (COMMA argument)* COMMA?;
// `name=value` is read as `named_expression EQUAL expression` (LL(1)); the builder checks the name.
argument
    : STAR expression                                   #starArgument
    | DOUBLESTAR expression                             #doubleStarArgument
    | named_expression (EQUAL expression | comp_for)?   #positionalArgument
    ;

yield_expr : YIELD (FROM expression | star_expressions)?;

// Assignment, for, del and with targets are read as expressions; the builder checks them.
targets : target (COMMA target)* COMMA?;
target : STAR? bitwise_or;

name : NAME;
