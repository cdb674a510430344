namespace Concord.Core;
