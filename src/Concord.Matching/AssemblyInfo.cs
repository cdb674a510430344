using System.Runtime.CompilerServices;

// Stack buffers in the similarity and parsing loops are always written before they are read.
[module: SkipLocalsInit]
