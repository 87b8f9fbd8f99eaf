lexer grammar PythonLexer;
NAME: [a-z]+;
WS: [ \t\r\n]+ -> skip;
