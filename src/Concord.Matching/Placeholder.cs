namespace Concord.Matching;
