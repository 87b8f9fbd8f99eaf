// Python 3.12 tokens. Layout (NEWLINE/INDENT/DEDENT), bracket nesting and f-string bodies are
// handled by the base class in src/parse/lexer-base.ts, which sees every token before the parser.
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

@header {
import { PythonLexerBase } from '../lexer-base.js';
}

// LEXER_ERROR stands where the lexer base found an error: no rule accepts it, so the parser stops
// there unless it failed earlier (CPython reports whichever problem comes first).
tokens { INDENT, DEDENT, FSTRING, MATCH, CASE, TYPE, LEXER_ERROR }

// Hard keywords. The soft keywords (match, case, type, _) are NAME tokens.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Only the opening of an f-string: the base class scans the rest (PEP 701 allows any nesting)
// and hands the parser one FSTRING token.
FSTRING_START : F_PREFIX ('\'\'\'' | '"""' | '\'' | '"');

STRING
    : STRING_PREFIX? ( '\'\'\'' LONG_ITEM*? '\'\'\''
                     | '"""' LONG_ITEM*? '"""'
                     | '\'' SHORT_ITEM_SQ* '\''
                     | '"' SHORT_ITEM_DQ* '"'
                     )
    ;

// Strings that reach the end of their line (or of the file) unclosed: the base class reports them.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' SHORT_ITEM_SQ* | '"' SHORT_ITEM_DQ* )
    ;
// Wins over STRING only when the triple-quoted string is never closed.
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ( '\'\'\'' | '"""' )
    ;

NUMBER
    : DEC_INT
    | '0' [xX] ('_'? HEX_DIGIT)+
    | '0' [oO] ('_'? [0-7])+
    | '0' [bB] ('_'? [01])+
    | FLOAT
    | (FLOAT | DIGIT_PART) [jJ]
    ;

// A number glued to letters (`1abc`, `0x1g`): CPython's "invalid decimal literal" and friends.
BAD_NUMBER
    : (DEC_INT | FLOAT | '0' [xXoObB] HEX_DIGIT*) [jJ]? ID_CONTINUE+
    ;

NAME : ID_START ID_CONTINUE*;

NEWLINE : '\r'? '\n' | '\r';
WS      : [ \t\f]+;
LINE_JOIN : '\\' ('\r'? '\n' | '\r');
COMMENT : '#' ~[\r\n]*;

ELLIPSIS   : '...';
DOT        : '.';
LPAR       : '(';
RPAR       : ')';
LSQB       : '[';
RSQB       : ']';
LBRACE     : '{';
RBRACE     : '}';
COMMA      : ',';
COLON      : ':';
SEMI       : ';';
PLUS       : '+';
MINUS      : '-';
STAR       : '*';
SLASH      : '/';
VBAR       : '|';
AMPER      : '&';
LESS       : '<';
GREATER    : '>';
EQUAL      : '=';
PERCENT    : '%';
EQEQUAL    : '==';
NOTEQUAL   : '!=';
LESSEQUAL  : '<=';
GREATEREQUAL : '>=';
TILDE      : '~';
CIRCUMFLEX : '^';
LEFTSHIFT  : '<<';
RIGHTSHIFT : '>>';
DOUBLESTAR : '**';
PLUSEQUAL  : '+=';
MINEQUAL   : '-=';
STAREQUAL  : '*=';
SLASHEQUAL : '/=';
PERCENTEQUAL : '%=';
AMPEREQUAL : '&=';
VBAREQUAL  : '|=';
CIRCUMFLEXEQUAL : '^=';
LEFTSHIFTEQUAL  : '<<=';
RIGHTSHIFTEQUAL : '>>=';
DOUBLESTAREQUAL : '**=';
DOUBLESLASH : '//';
DOUBLESLASHEQUAL : '//=';
AT         : '@';
ATEQUAL    : '@=';
RARROW     : '->';
COLONEQUAL : ':=';
EXCLAMATION : '!';
// Never valid (PEP 401's `<>`); a token of its own so the error points at it as CPython's does.
LESSGREATER : '<>';
BACKQUOTE  : '`';
DOLLAR     : '$';
QUESTION   : '?';

// Anything else (a stray backslash, an invalid character): the base class reports it.
ERROR_CHAR : .;

fragment STRING_PREFIX
    : [rRuUbB] | [bB][rR] | [rR][bB]
    ;
fragment F_PREFIX
    : [fF] | [fF][rR] | [rR][fF]
    ;
fragment SHORT_ITEM_SQ : '\\' ('\r\n' | .) | ~[\\\r\n'];
fragment SHORT_ITEM_DQ : '\\' ('\r\n' | .) | ~[\\\r\n"];
fragment LONG_ITEM     : '\\' ('\r\n' | .) | ~'\\';

fragment DIGIT_PART : [0-9] ('_'? [0-9])*;
fragment DEC_INT    : [1-9] ('_'? [0-9])* | '0'+ ('_'? '0')*;
fragment HEX_DIGIT  : [0-9a-fA-F];
fragment FLOAT
    : DIGIT_PART? '.' DIGIT_PART EXPONENT?
    | DIGIT_PART '.' EXPONENT?
    | DIGIT_PART EXPONENT
    ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART;

fragment ID_START    : [\p{XID_Start}_];
fragment ID_CONTINUE : [\p{XID_Continue}];
